# seed: top-level build. Each area keeps its rules in its own .mk file.
ARCH ?= aarch64
CROSS ?= aarch64-linux-gnu-
B ?= build
HOSTCC ?= cc
HOSTCFLAGS ?= -O2 -Wall -Wextra -std=c99 -D_DEFAULT_SOURCE

all: kernel host

include kernel/kernel.mk
include host/host.mk
include tests/tests.mk
include bench/bench.mk
include user/libc/libc.mk
include user/scheme1/scheme1.mk
include user/linuxvm/linuxvm.mk
include chain/chain.mk

# The README's test command: installs what is missing, runs every suite.
test:
	tools/deps test
	tests/run

# The README on a machine that has never seen the project: a fresh Debian
# root runs make boot and make test (root only; see tests/fresh-machine).
test-fresh:
	tests/fresh-machine

clean:
	rm -rf $(B)

.PHONY: all test test-fresh clean
