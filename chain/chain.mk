# chain: the bootstrap stages. tcc0 is TinyCC built by the cross gcc
# against our libc; gate2 is its first run inside the seed kernel.
TCC_SRC := $(B)/sources/tcc
TCC0_OUT := $(B)/$(ARCH)/tcc0
TCC0 := $(TCC0_OUT)/tcc0
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

$(TCC0): $(TCC_SRC)/tcc.c $(TCC0_OUT)/config.h $(LIBC_OUT)/libc.a $(LIBC_OUT)/crt1.o
	$(CROSS)gcc -std=gnu99 -O2 -nostdinc -ffreestanding -fno-stack-protector \
		-isystem $(LIBC_DIR)/include -I$(TCC0_OUT) -I$(TCC_SRC) $(TCC_DEFS) \
		-c -o $(TCC0_OUT)/tcc.o $(TCC_SRC)/tcc.c
	$(CROSS)gcc -static -nostdlib -o $@ $(LIBC_OUT)/crt1.o $(TCC0_OUT)/tcc.o \
		$(LIBC_OUT)/libc.a -lgcc

tcc0: $(TCC0)

gate2: $(TCC0) scheme1
	chain/gate2

# The main job: installs what is missing, fetches and checks the sources,
# builds the kernel and tcc0, and runs boot4 on the seed kernel.
boot:
	tools/deps boot
	chain/boot4 seed

.PHONY: tcc0 gate2 boot
