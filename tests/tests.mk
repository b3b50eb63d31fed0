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
CONTRACT_PROGS := $(patsubst $(CONTRACT_DIR)/%.c,$(CONTRACT_OUT)/%,$(wildcard $(CONTRACT_DIR)/*.c))

contract-progs: $(CONTRACT_PROGS)

$(CONTRACT_LIB_OBJS): $(CONTRACT_OUT)/lib/%.o: $(CONTRACT_DIR)/lib/% $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -c -o $@ $<

$(CONTRACT_PROGS): $(CONTRACT_OUT)/%: $(CONTRACT_DIR)/%.c $(CONTRACT_LIB_OBJS) $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -o $@ $< $(CONTRACT_LIB_OBJS) -lgcc

test-contract: contract-progs
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) $(CONTRACT_DIR)/run

.PHONY: contract-progs test-contract
