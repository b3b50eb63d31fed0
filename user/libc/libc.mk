# user/libc: the chain's C library. Included by the top-level Makefile;
# also usable alone (make -f user/libc/libc.mk libc), hence the ?= defaults.
# Outputs: $(B)/$(ARCH)/libc/libc.a and crt1.o.
B ?= build
ARCH ?= aarch64
CROSS ?= aarch64-linux-gnu-

LIBC_DIR := user/libc
LIBC_OUT := $(B)/$(ARCH)/libc
LIBC_CC := $(CROSS)gcc
LIBC_AR := $(CROSS)ar
LIBC_CFLAGS := -std=c99 -O2 -Wall -Wextra -nostdinc -ffreestanding -fno-builtin \
	-fno-stack-protector -fno-tree-loop-distribute-patterns \
	-isystem $(LIBC_DIR)/include -I$(LIBC_DIR)/src/internal -I$(LIBC_DIR)/arch/$(ARCH)
# The arch pieces are instruction words in .text; gas warns that it keeps
# .text's flags (see user/libc/README.md, "Per-arch pieces").
LIBC_ARCH_CFLAGS := -Wa,--no-warn

# user/libc/SOURCES names every source of libc.a (other arches' lines are
# skipped).
LIBC_LIST := $(shell grep -v '^\#' $(LIBC_DIR)/SOURCES)
LIBC_SRCS := $(addprefix $(LIBC_DIR)/,$(filter src/%,$(LIBC_LIST)))
LIBC_ARCH_SRCS := $(addprefix $(LIBC_DIR)/,$(filter arch/$(ARCH)/%,$(LIBC_LIST)))
LIBC_OBJS := $(patsubst $(LIBC_DIR)/%.c,$(LIBC_OUT)/obj/%.o,$(LIBC_SRCS) $(LIBC_ARCH_SRCS))
LIBC_HDRS := $(shell find $(LIBC_DIR) -name '*.h')

libc: $(LIBC_OUT)/libc.a $(LIBC_OUT)/crt1.o

$(LIBC_OUT)/obj/src/%.o: $(LIBC_DIR)/src/%.c $(LIBC_HDRS)
	@mkdir -p $(dir $@)
	$(LIBC_CC) $(LIBC_CFLAGS) -c -o $@ $<

$(LIBC_OUT)/obj/arch/%.o: $(LIBC_DIR)/arch/%.c $(LIBC_HDRS)
	@mkdir -p $(dir $@)
	$(LIBC_CC) $(LIBC_CFLAGS) $(LIBC_ARCH_CFLAGS) -c -o $@ $<

$(LIBC_OUT)/crt1.o: $(LIBC_DIR)/arch/$(ARCH)/crt1.c
	@mkdir -p $(dir $@)
	$(LIBC_CC) $(LIBC_CFLAGS) $(LIBC_ARCH_CFLAGS) -c -o $@ $<

$(LIBC_OUT)/libc.a: $(LIBC_OBJS)
	@rm -f $@
	$(LIBC_AR) rcs $@ $^

# The same library built by TinyCC for aarch64: TCC is the command that
# runs it (e.g. "qemu-aarch64-static path/to/tcc"). make libc-tcc TCC=...
LIBC_TCC_OUT := $(B)/$(ARCH)/libc-tcc
LIBC_TCC_FLAGS := -nostdinc -Wall -isystem $(LIBC_DIR)/include \
	-I$(LIBC_DIR)/src/internal -I$(LIBC_DIR)/arch/$(ARCH)
LIBC_TCC_OBJS := $(patsubst $(LIBC_DIR)/%.c,$(LIBC_TCC_OUT)/obj/%.o,$(LIBC_SRCS) $(LIBC_ARCH_SRCS))

libc-tcc: $(LIBC_TCC_OUT)/libc.a $(LIBC_TCC_OUT)/crt1.o

$(LIBC_TCC_OUT)/obj/%.o: $(LIBC_DIR)/%.c $(LIBC_HDRS)
	@mkdir -p $(dir $@)
	$(TCC) $(LIBC_TCC_FLAGS) -c -o $@ $<

$(LIBC_TCC_OUT)/crt1.o: $(LIBC_DIR)/arch/$(ARCH)/crt1.c
	@mkdir -p $(dir $@)
	$(TCC) $(LIBC_TCC_FLAGS) -c -o $@ $<

$(LIBC_TCC_OUT)/libc.a: $(LIBC_TCC_OBJS)
	@rm -f $@
	$(TCC) -ar rcs $@ $^

test-libc: libc
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) tests/libc/run

.PHONY: libc libc-tcc test-libc
