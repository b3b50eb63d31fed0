# chain: the bootstrap stages. make boot runs them from the seed
# (chain/boot.steps); the rules below build the reference path's tcc0:
# TinyCC built by the cross gcc against our libc (gate2 is its first run
# inside the seed kernel, boot-gcc its boot4).
# tcc0 is built from tcc's sources with the chain's own patches that tcc0
# needs (chain/patches/tcc/ below 0022) applied by chain/patch.c, the tool
# boot4 uses to apply them all inside the kernel for tcc1 and later.
TCC_SRC := $(B)/sources/tcc
TCC0_OUT := $(B)/$(ARCH)/tcc0
TCC0 := $(TCC0_OUT)/tcc0
TCC0_SRC := $(TCC0_OUT)/src
# tcc0 takes the patches numbered below 0022, what tcc needs to build
# itself, our libc and tcc -b's runtime; boot4's stage 1 applies the rest
# (0022 on: the assembler, complex types and the other fixes musl and the
# kernel need), so tcc1 and every tcc after it carries them all
# (chain/patches/README.md).
TCC_PATCHES := $(foreach p,$(sort $(wildcard chain/patches/tcc/*.patch)),\
	$(if $(filter 000% 001% 0020% 0021%,$(notdir $(p))),$(p)))
# How every stage builds tcc: one translation unit, arm64, static only.
TCC_DEFS := -DONE_SOURCE=1 -DTCC_TARGET_ARM64=1 -DCONFIG_TCC_STATIC=1 \
	-DTCC_VERSION=\"0.9.27\" -DCONFIG_TCCDIR=\"/lib/tcc\"

$(TCC_SRC)/tcc.c: chain/sources.txt
	tools/fetch-source tcc >/dev/null
	@touch $@

# tcc.h includes config.h; every setting is on the command line instead.
$(TCC0_OUT)/config.h:
	@mkdir -p $(dir $@)
	echo '/* empty: see TCC_DEFS in chain/chain.mk */' >$@

$(TCC0_OUT)/patch: chain/patch.c
	@mkdir -p $(dir $@)
	$(HOSTCC) $(HOSTCFLAGS) -o $@ $<

$(TCC0_SRC)/tcc.c: $(TCC_SRC)/tcc.c $(TCC_PATCHES) $(TCC0_OUT)/patch
	rm -rf $(TCC0_SRC) && cp -r $(TCC_SRC) $(TCC0_SRC)
	$(TCC0_OUT)/patch $(TCC0_SRC) $(TCC_PATCHES) >/dev/null

$(TCC0): $(TCC0_SRC)/tcc.c $(TCC0_OUT)/config.h $(LIBC_OUT)/libc.a $(LIBC_OUT)/crt1.o
	$(CROSS)gcc -std=gnu99 -O2 -nostdinc -ffreestanding -fno-stack-protector \
		-isystem $(LIBC_DIR)/include -I$(TCC0_OUT) -I$(TCC0_SRC) $(TCC_DEFS) \
		-c -o $(TCC0_OUT)/tcc.o $(TCC0_SRC)/tcc.c
	$(CROSS)gcc -static -nostdlib -o $@ $(LIBC_OUT)/crt1.o $(TCC0_OUT)/tcc.o \
		$(LIBC_OUT)/libc.a -lgcc

tcc0: $(TCC0)

gate2: $(TCC0) scheme1
	chain/gate2

# The seed chain's part 1 in one boot: from the seed to cc0 (docs/CHAIN.md).
boot0:
	tools/deps boot
	chain/boot0 seed

# The trust base, stage by stage.
audit:
	tools/audit $(ARCH)

# The main job: installs what is missing, fetches and checks the sources,
# builds the kernel, and runs the whole chain in one boot from the seed to
# tcc's fixed point (chain/boot); then the reference, boot4 from the
# cross gcc's tcc0 (boot-gcc), and the diverse double-compiling verdict:
# what the two tcc0s build must be the same bytes (chain/ddc); then boot5:
# the chain's tcc builds musl in the kernel and itself against musl, and
# real programs on musl give glibc's outputs (chain/boot5).
boot:
	tools/deps boot
	chain/boot seed
	chain/boot4 seed
	chain/ddc $(B)/$(ARCH)/boot $(B)/$(ARCH)/boot4
	chain/boot5 seed

# boot5 alone, from make boot's outputs.
boot5:
	tools/deps boot
	chain/boot5 seed

# The reference path alone: tcc0 built by the cross gcc, then boot4.
boot-gcc:
	tools/deps boot
	chain/boot4 seed

.PHONY: tcc0 gate2 boot boot5 boot-gcc boot0 audit

# cc1 (chain/cc1), the C compiler written in C0, built by the host's
# compiler while cc0 cannot build it yet: C0 is a subset of C, and these
# flags give C0's unsigned char and wrapping arithmetic.
CC1_SRCS := $(sort $(wildcard chain/cc1/*.c))
CC1_HOST := $(B)/host/cc1
$(CC1_HOST): $(CC1_SRCS) chain/cc1/cc1.h chain/cc1/host/lib0.h
	@mkdir -p $(dir $@)
	$(HOSTCC) -std=c99 -O2 -g -Wall -Wextra -pedantic -funsigned-char -fwrapv \
		-Ichain/cc1/host -o $@ $(CC1_SRCS)

cc1-host: $(CC1_HOST)

test-cc1: $(CC1_HOST) $(TCC_SRC)/tcc.c
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) CC1=$(CC1_HOST) tests/cc1/run

.PHONY: cc1-host test-cc1
