# Tests. Included by the top-level Makefile; also usable on its own
# (make -f tests/tests.mk contract-progs), hence the ?= defaults.
B ?= build
ARCH ?= aarch64
CROSS ?= aarch64-linux-gnu-

# tests/contract: one static program per behaviour of docs' OS contract,
# linked against the tiny syscall layer in tests/contract/lib.
CONTRACT_DIR := tests/contract
CONTRACT_OUT := $(B)/$(ARCH)/tests/contract
CONTRACT_CC := $(CROSS)gcc
CONTRACT_CFLAGS := -static -nostdlib -ffreestanding -fno-stack-protector -O2 \
	-fno-tree-loop-distribute-patterns -Wall -Wextra -I$(CONTRACT_DIR)/lib
CONTRACT_LIB_SRCS := $(wildcard $(CONTRACT_DIR)/lib/*.c $(CONTRACT_DIR)/lib/*.S)
CONTRACT_LIB_OBJS := $(patsubst $(CONTRACT_DIR)/lib/%,$(CONTRACT_OUT)/lib/%.o,$(CONTRACT_LIB_SRCS))
# glibc_*.c are ordinary programs built against Debian's static glibc:
# programs the kernel was not written for.
CONTRACT_GLIBC_SRCS := $(wildcard $(CONTRACT_DIR)/glibc_*.c)
CONTRACT_GLIBC := $(patsubst $(CONTRACT_DIR)/%.c,$(CONTRACT_OUT)/%,$(CONTRACT_GLIBC_SRCS))
CONTRACT_PROGS := $(patsubst $(CONTRACT_DIR)/%.c,$(CONTRACT_OUT)/%,\
	$(filter-out $(CONTRACT_GLIBC_SRCS),$(wildcard $(CONTRACT_DIR)/*.c)))

contract-progs: $(CONTRACT_PROGS) $(CONTRACT_GLIBC)

$(CONTRACT_GLIBC): $(CONTRACT_OUT)/%: $(CONTRACT_DIR)/%.c
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) -static -O2 -Wall -Wextra -o $@ $<

$(CONTRACT_LIB_OBJS): $(CONTRACT_OUT)/lib/%.o: $(CONTRACT_DIR)/lib/% $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -c -o $@ $<

$(CONTRACT_PROGS): $(CONTRACT_OUT)/%: $(CONTRACT_DIR)/%.c $(CONTRACT_LIB_OBJS) $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -o $@ $< $(CONTRACT_LIB_OBJS) -lgcc

test-contract: contract-progs
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) $(CONTRACT_DIR)/run

.PHONY: contract-progs test-contract

# tests/fuzz: the differential syscall fuzzer, on the same syscall layer.
FUZZ_PROG := $(B)/$(ARCH)/tests/fuzz/fuzz

fuzz-prog: $(FUZZ_PROG)

$(FUZZ_PROG): tests/fuzz/fuzz.c $(CONTRACT_LIB_OBJS) $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -o $@ $< $(CONTRACT_LIB_OBJS) -lgcc

test-fuzz: $(FUZZ_PROG)
	tests/fuzz/run

.PHONY: fuzz-prog test-fuzz

# tests/adversarial: programs that try to break the kernel, on the same
# syscall layer, run by the contract harness (SUITE=tests/adversarial).
ADV_DIR := tests/adversarial
ADV_PROGS := $(patsubst $(ADV_DIR)/%.c,$(B)/$(ARCH)/$(ADV_DIR)/%,$(wildcard $(ADV_DIR)/*.c))

adversarial-progs: $(ADV_PROGS)

$(ADV_PROGS): $(B)/$(ARCH)/$(ADV_DIR)/%: $(ADV_DIR)/%.c $(CONTRACT_LIB_OBJS) $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -o $@ $< $(CONTRACT_LIB_OBJS) -lgcc

test-adversarial: adversarial-progs
	SUITE=$(ADV_DIR) $(CONTRACT_DIR)/run

.PHONY: adversarial-progs test-adversarial

# tests/corpus: C programs built by boot4's tcc3 and by the cross gcc, run
# under both drivers (boot4 runs first when its outputs are missing).
test-corpus:
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) tests/corpus/run

.PHONY: test-corpus

# tests/busybox: shell scripts run by Debian's busybox-static (arm64),
# fetched by tools/fetch-deb, under both drivers.
test-busybox:
	B=$(B) tests/busybox/run

.PHONY: test-busybox

# tests/linuxvm: the linux-vm driver against the seed driver, and part of
# tests/contract with linux-vm as the reference.
$(B)/$(ARCH)/tests/linuxvm/%: tests/linuxvm/%.c tests/host/sys.h
	@mkdir -p $(@D)
	$(CROSS)gcc -static -nostdlib -ffreestanding -fno-stack-protector -O1 -o $@ $<

test-linuxvm:
	B=$(B) tests/linuxvm/run

.PHONY: test-linuxvm

# tests/tcc-asm: tcc's arm64 assembler against GNU as, its error
# messages, and inline asm programs under both drivers (needs the
# libraries of chain/boot4 seed).
test-tcc-asm:
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) tests/tcc-asm/run

.PHONY: test-tcc-asm

# tests/complex: tcc's _Complex against gcc's (arithmetic bit for bit,
# the calling convention both ways), its errors, and musl's src/complex
# (needs the libraries of chain/boot4 seed).
test-complex:
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) tests/complex/run

.PHONY: test-complex
