# Shared by the stage drivers (chain/gate2, chain/boot4); sourced from
# the repository root.
B=${B:-build} ARCH=${ARCH:-aarch64}

# source_inputs DIR: the sources every stage from tcc0 on starts from:
# our libc's tree and its source list, tcc's sources (an empty config.h:
# the settings are on the command line; lib/bcheck.c and lib/bt-log.c,
# the runtime of tcc -b, and lib/lib-arm64.c, to be patched with the
# rest), tcc's arm64 runtime lib-arm64.c as it is upstream, the small
# programs of chain/, the chain's patches to tcc (chain/patches/tcc/;
# tcc-patches lists them all in order, tcc0-patches those tcc0 is built
# with, below 0022, and tcc1-patches the rest), and boot4's script with
# chain/stage.scm in front. No binary.
source_inputs() {
	local in=$1 src=$B/sources/tcc
	rm -rf "$in" && mkdir -p "$in/libc/arch" "$in/tcc" || return 1
	cp -r user/libc/include user/libc/src "$in/libc/" &&
		cp -r "user/libc/arch/$ARCH" "$in/libc/arch/" || return 1
	# libc.a's sources as libc.mk reads them: src/ and this arch's lines
	grep -e '^src/' -e "^arch/$ARCH/" user/libc/SOURCES | sed 's|^|libc/|' >"$in/libc-sources"
	cp "$src"/*.c "$src"/*.h "$src"/*.def "$in/tcc/" && : >"$in/tcc/config.h" || return 1
	mkdir -p "$in/tcc/lib" && cp "$src/lib/bcheck.c" "$src/lib/bt-log.c" "$src/lib/lib-arm64.c" "$in/tcc/lib/" || return 1
	cp "$src/lib/lib-arm64.c" chain/hello.c chain/sha256sum.c chain/patch.c "$in/" || return 1
	mkdir -p "$in/patches/tcc" && cp chain/patches/tcc/*.patch "$in/patches/tcc/" &&
		(cd "$in" && LC_ALL=C ls patches/tcc/*.patch) >"$in/tcc-patches" || return 1
	# tcc0's (below 0022) and the rest, which boot4's stage 1 applies
	grep -E '/(000|001|002[01])' "$in/tcc-patches" >"$in/tcc0-patches" &&
		grep -vE '/(000|001|002[01])' "$in/tcc-patches" >"$in/tcc1-patches" || return 1
	cat chain/stage.scm chain/boot4.scm >"$in/boot4.scm"
}

# stage_inputs DIR: source_inputs, and the binaries that the cross gcc
# built, scheme1 and tcc0 (the reference path: boot4 from gcc's tcc0),
# and gate2's script.
stage_inputs() {
	source_inputs "$1" &&
		cp "$B/$ARCH/tcc0/tcc0" "$B/$ARCH/scheme1/scheme1" "$1/" &&
		cat chain/stage.scm chain/gate2.scm >"$1/gate2.scm"
}

# seed_inputs DIR: the one boot's inputs from the seed: the seed and this
# arch's sources (arch/), the sources of b, cc0, cc1 and scheme1 (src/),
# the step files, and source_inputs. The seed is the only binary.
seed_inputs() {
	local in=$1 d
	source_inputs "$in" && mkdir -p "$in/src/scheme1" "$in/src/cc1" || return 1
	cp -r "chain/arch/$ARCH" "$in/arch" && cp -r chain/b chain/cc0 "$in/src/" &&
		cp chain/cc1/*.c chain/cc1/*.h "$in/src/cc1/" &&
		cp user/scheme1/*.c user/scheme1/*.h user/scheme1/prelude.scm "$in/src/scheme1/" &&
		cp chain/boot.steps chain/boot0.steps chain/boot2.steps chain/boot3.steps "$in/"
}

# The seed's exec chain, the first program of every boot from the seed: the
# seed rebuilds hex0, which builds hex1, which builds hex2, which builds
# run; "${LADDER[@]}" STEPS then has run follow the step file STEPS.
LADDER=(arch/hex0 arch/hex0.hex0 hex0 hex0 arch/hex1.hex0 hex1 hex1 arch/hex2.hex1 hex2
	hex2 arch/run.hex2 run run)

# run_prog DRIVER IN OUT PROG ARGS...: runs PROG in one boot on the
# inputs IN, its files coming back to OUT, with a timestamp (seconds since
# the start, to a tenth) on every line it prints.
run_prog() {
	local driver=$1 in=$2 out=$3 start=${EPOCHREALTIME/[^0-9]/} st
	shift 3
	./seed run --driver "$driver" --timeout "${STAGE_TIMEOUT:-3600}" --in "$in=." --out "$out" \
		-- "$@" 2>&1 | while IFS= read -r line; do
		printf '%7ss %s\n' "$(tenths $((${EPOCHREALTIME/[^0-9]/} - start)))" "$line"
	done
	st=${PIPESTATUS[0]}
	return "$st"
}

# tenths MICROSECONDS: the seconds, to a tenth: 12345678 -> 12.3
tenths() { printf '%d.%d' $(($1 / 1000000)) $(($1 / 100000 % 10)); }

# run_stage DRIVER IN OUT SCRIPT: runs scheme1 SCRIPT on the inputs.
run_stage() { run_prog "$1" "$2" "$3" scheme1 "$4"; }

# manifest IN OUT [NAME]: writes OUT/NAME (default SHA256SUMS) over the
# files of OUT that were not inputs (the directory IN), sorted by name.
manifest() {
	local list name=${3:-SHA256SUMS}
	list=$(produced "$1" "$2" | grep -vxF "$name") || return 1
	(cd "$2" && printf '%s\n' "$list" | xargs -r -d '\n' sha256sum >"$name")
}

# produced IN OUT: the files in OUT that were not inputs, sorted.
produced() {
	LC_ALL=C comm -23 <(cd "$2" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) \
		<(cd "$1" && find . -type f | sed 's|^\./||' | LC_ALL=C sort)
}

# compare_manifest EXPECTED GOT: says whether manifest GOT equals the
# published EXPECTED, naming every file that differs, is missing or is new.
compare_manifest() {
	if cmp -s "$1" "$2"; then
		echo "manifest: identical to the published manifest $1"
		return 0
	fi
	echo "manifest: DIFFERS from the published manifest $1:"
	LC_ALL=C awk 'FILENAME == ARGV[1] { want[$2] = $1; order[++n] = $2; next }
		{ got[$2] = $1; if (!($2 in want)) extra[++m] = $2 }
		END {
			for (i = 1; i <= n; i++) {
				f = order[i]
				if (!(f in got)) printf "  %s: missing (expected %s)\n", f, want[f]
				else if (got[f] != want[f]) printf "  %s: expected %s, got %s\n", f, want[f], got[f]
			}
			for (i = 1; i <= m; i++) printf "  %s: not in the published manifest (got %s)\n", extra[i], got[extra[i]]
		}' "$1" "$2"
	return 1
}
