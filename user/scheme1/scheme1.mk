# scheme1: the chain's driver language (docs: docs/SCHEME1.md).
# Included from the top-level Makefile, after user/libc/libc.mk, whose
# LIBC_DIR and LIBC_OUT it uses (it does not run alone).
B ?= build
ARCH ?= aarch64
CROSS ?= aarch64-linux-gnu-
HOSTCC ?= cc
HOSTCFLAGS ?= -O2 -Wall -Wextra -std=c99

SCHEME1_DIR := user/scheme1
SCHEME1_OUT := $(B)/$(ARCH)/scheme1
SCHEME1_CC := $(CROSS)gcc
# Built against our libc (user/libc), as everything the chain runs. The
# primitives share one signature (argc, argv) and most ignore argc.
SCHEME1_CFLAGS := -O2 -std=c99 -Wall -Wextra -Wno-unused-parameter -nostdinc -ffreestanding -fno-stack-protector \
	-isystem $(LIBC_DIR)/include -I$(LIBC_DIR)/arch/$(ARCH)
SCHEME1_LIBC := $(LIBC_OUT)/crt1.o $(LIBC_OUT)/libc.a
# Everything but the host tool (embed.c).
SCHEME1_SRCS := $(filter-out $(SCHEME1_DIR)/embed.c,$(wildcard $(SCHEME1_DIR)/*.c))
SCHEME1_OBJS := $(patsubst $(SCHEME1_DIR)/%.c,$(SCHEME1_OUT)/obj/%.o,$(SCHEME1_SRCS)) \
	$(SCHEME1_OUT)/obj/prelude.o

scheme1: $(SCHEME1_OUT)/scheme1

$(SCHEME1_OUT)/scheme1: $(SCHEME1_OBJS) $(SCHEME1_LIBC)
	$(SCHEME1_CC) -static -nostdlib -o $@ $(LIBC_OUT)/crt1.o $(SCHEME1_OBJS) \
		$(LIBC_OUT)/libc.a -lgcc

$(SCHEME1_OUT)/obj/%.o: $(SCHEME1_DIR)/%.c $(SCHEME1_DIR)/scheme1.h $(LIBC_HDRS)
	@mkdir -p $(@D)
	$(SCHEME1_CC) $(SCHEME1_CFLAGS) -c -o $@ $<

# The prelude is compiled into the binary: embed turns it into a C array.
$(B)/host/scheme1-embed: $(SCHEME1_DIR)/embed.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOSTCFLAGS) -o $@ $<

$(SCHEME1_OUT)/prelude.c: $(SCHEME1_DIR)/prelude.scm $(B)/host/scheme1-embed
	@mkdir -p $(@D)
	$(B)/host/scheme1-embed prelude_scm $< $@

$(SCHEME1_OUT)/obj/prelude.o: $(SCHEME1_OUT)/prelude.c
	@mkdir -p $(@D)
	$(SCHEME1_CC) $(SCHEME1_CFLAGS) -c -o $@ $<

# The spawn tests' child program, an ordinary static glibc program.
$(SCHEME1_OUT)/test/child: tests/scheme1/child.c
	@mkdir -p $(@D)
	$(SCHEME1_CC) -static -O2 -Wall -Wextra -o $@ $<

test-scheme1: $(SCHEME1_OUT)/scheme1 $(SCHEME1_OUT)/test/child
	B=$(B) ARCH=$(ARCH) CROSS=$(CROSS) tests/scheme1/run

.PHONY: scheme1 test-scheme1
