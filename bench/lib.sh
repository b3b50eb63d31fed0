# Shared by the benchmarks: build once, then time runs of build/host/seed
# (not ./seed, so make's up-to-date check is not timed).
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
make -s kernel build/host/seed linux-vm bench-progs || exit 2
seed=$root/build/host/seed
progs=$root/build/aarch64/bench
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

now_ns() { date +%s%N; }

# run_ns DRIVER PROG ARGS...: wall time of one run in ns; fails loudly.
run_ns() {
	local driver=$1 prog=$2 t0 t1
	shift 2
	rm -rf "$out/o"
	t0=$(now_ns)
	if ! "$seed" run --driver "$driver" --in "$progs/$prog=$prog" \
		--in "$progs/nothing=nothing" --out "$out/o" -- "$prog" "$@" >/dev/null; then
		echo "bench: $driver $prog $*: failed" >&2
		exit 1
	fi
	t1=$(now_ns)
	echo $((t1 - t0))
}

# best_ns REPEATS DRIVER PROG ARGS...: the fastest of REPEATS runs.
best_ns() {
	local n=$1 best= t
	shift
	for _ in $(seq "$n"); do
		t=$(run_ns "$@") || exit 1
		if [ -z "$best" ] || [ "$t" -lt "$best" ]; then best=$t; fi
	done
	echo "$best"
}

# ratio A B: A/B with two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
