# host: the seed command (build/host/seed) and its unit tests.
# Included from the top-level Makefile, which sets B, HOSTCC, HOSTCFLAGS, CROSS.

HOST_SRC := $(filter-out host/leader.c,$(wildcard host/*.c))
HOST_OBJ := $(HOST_SRC:host/%.c=$(B)/host/obj/%.o)

# seed runs seed-leader from beside itself (host/sandbox.c): built with it.
$(B)/host/seed: $(HOST_OBJ) $(B)/host/seed-leader
	$(HOSTCC) $(HOSTCFLAGS) -o $@ $(HOST_OBJ)

$(B)/host/seed-leader: host/leader.c
	$(HOSTCC) $(HOSTCFLAGS) -static -o $@ $<

$(B)/host/obj/%.o: host/%.c host/seed.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOSTCFLAGS) -c -o $@ $<

host: $(B)/host/seed

# Small static aarch64 programs the host tests run under the linux driver.
$(B)/host/test/%: tests/host/%.c tests/host/sys.h tests/host/semihost.h
	@mkdir -p $(@D)
	$(CROSS)gcc -static -nostdlib -ffreestanding -fno-stack-protector -O1 -o $@ $<

# A kernel for the sandbox's test: an ELF at the virt machine's RAM, started
# with the MMU off (so no unaligned accesses) and FP/SIMD off.
$(B)/host/test/escape_kernel: tests/host/escape_kernel.c tests/host/semihost.h
	@mkdir -p $(@D)
	$(CROSS)gcc -static -nostdlib -ffreestanding -fno-stack-protector -O1 -mstrict-align \
		-mgeneral-regs-only -fno-asynchronous-unwind-tables -Wall -Wextra \
		-Wl,-N,--build-id=none,--no-warn-rwx-segments,-Ttext=0x40080000 -o $@ $<

test-host: $(B)/host/seed $(B)/host/test/write3 $(B)/host/test/spin $(B)/host/test/segv \
	$(B)/host/test/args $(B)/host/test/wfi $(B)/host/test/escape $(B)/host/test/escape_kernel
	B=$(B) tests/host/run

.PHONY: host test-host
