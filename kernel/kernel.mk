# The seed kernel: a freestanding image that QEMU boots with -kernel.
KARCH := kernel/arch/$(ARCH)
KB := $(B)/$(ARCH)/kernel
KCC := $(CROSS)gcc
KCFLAGS := -std=gnu99 -O2 -g -Wall -Wextra -ffreestanding -fno-builtin -nostdlib \
	-fno-stack-protector -fno-pic -fno-pie -mgeneral-regs-only -mstrict-align \
	-fno-omit-frame-pointer -Wno-unused-parameter -Ikernel -I$(KARCH)
KSRC := $(wildcard kernel/*.c) $(wildcard $(KARCH)/*.c) $(wildcard $(KARCH)/*.S)
KOBJ := $(patsubst %,$(KB)/%.o,$(notdir $(KSRC)))
KHDR := $(wildcard kernel/*.h) $(wildcard $(KARCH)/*.h) $(wildcard user/libc/include/bits/*.h) \
	user/libc/arch/$(ARCH)/syscall_nr.h

kernel: $(B)/$(ARCH)/kernel.img

$(B)/$(ARCH)/kernel.img: $(B)/$(ARCH)/kernel.elf
	$(CROSS)objcopy -O binary $< $@

$(B)/$(ARCH)/kernel.elf: $(KOBJ) $(KARCH)/kernel.ld
	$(CROSS)ld -nostdlib --no-warn-rwx-segments -T $(KARCH)/kernel.ld -o $@ $(KOBJ) $$($(KCC) -print-libgcc-file-name)

$(KB)/%.c.o: kernel/%.c $(KHDR)
	@mkdir -p $(@D)
	$(KCC) $(KCFLAGS) -c -o $@ $<
$(KB)/%.c.o: $(KARCH)/%.c $(KHDR)
	@mkdir -p $(@D)
	$(KCC) $(KCFLAGS) -c -o $@ $<
$(KB)/%.S.o: $(KARCH)/%.S $(KHDR)
	@mkdir -p $(@D)
	$(KCC) $(KCFLAGS) -c -o $@ $<

.PHONY: kernel
