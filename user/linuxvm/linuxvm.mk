# user/linuxvm: what the linux-vm driver boots besides the inputs
# (docs/DESIGN.md, "linux-vm driver"): Debian's arm64 kernel, pinned in
# tests/packages.txt and fetched by tools/fetch-deb, and our init.
# Outputs: $(B)/$(ARCH)/linux-vm/Image and init.
B ?= build
ARCH ?= aarch64
CROSS ?= aarch64-linux-gnu-

LINUXVM_OUT := $(B)/$(ARCH)/linux-vm

linux-vm: $(LINUXVM_OUT)/Image $(LINUXVM_OUT)/init

# Debian's static glibc: init needs pipes, poll and pidfds (user/linuxvm/init.c).
$(LINUXVM_OUT)/init: user/linuxvm/init.c
	@mkdir -p $(@D)
	$(CROSS)gcc -static -O2 -Wall -Wextra -o $@ $<

$(LINUXVM_OUT)/Image: tests/packages.txt tools/fetch-deb
	@mkdir -p $(@D)
	dir=$$(B=$(B) tools/fetch-deb linux-arm64) && cp "$$dir"/boot/vmlinuz-* $@.tmp && mv $@.tmp $@

.PHONY: linux-vm
