# host: the seed command (build/host/seed) and its unit tests.
# Included from the top-level Makefile, which sets B, HOSTCC, HOSTCFLAGS, CROSS.

HOST_SRC := $(wildcard host/*.c)
HOST_OBJ := $(HOST_SRC:host/%.c=$(B)/host/obj/%.o)

$(B)/host/seed: $(HOST_OBJ)
	$(HOSTCC) $(HOSTCFLAGS) -o $@ $(HOST_OBJ)

$(B)/host/obj/%.o: host/%.c host/seed.h
	@mkdir -p $(@D)
	$(HOSTCC) $(HOSTCFLAGS) -c -o $@ $<

host: $(B)/host/seed

# Small static aarch64 programs the host tests run under the linux driver.
$(B)/host/test/%: tests/host/%.c tests/host/sys.h
	@mkdir -p $(@D)
	$(CROSS)gcc -static -nostdlib -ffreestanding -fno-stack-protector -O1 -o $@ $<

test-host: $(B)/host/seed $(B)/host/test/write3 $(B)/host/test/spin $(B)/host/test/segv \
	$(B)/host/test/args $(B)/host/test/wfi
	B=$(B) tests/host/run

.PHONY: host test-host
