# Benchmark programs: static aarch64 programs on the tests' syscall layer.
BENCH_DIR := bench/prog
BENCH_OUT := $(B)/$(ARCH)/bench
BENCH_PROGS := $(patsubst $(BENCH_DIR)/%.c,$(BENCH_OUT)/%,$(wildcard $(BENCH_DIR)/*.c))

bench-progs: $(BENCH_PROGS)

$(BENCH_PROGS): $(BENCH_OUT)/%: $(BENCH_DIR)/%.c $(CONTRACT_LIB_OBJS) $(wildcard $(CONTRACT_DIR)/lib/*.h)
	@mkdir -p $(dir $@)
	$(CONTRACT_CC) $(CONTRACT_CFLAGS) -o $@ $< $(CONTRACT_LIB_OBJS) -lgcc

.PHONY: bench-progs
