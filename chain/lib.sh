# Shared by the stage drivers (chain/gate2, chain/boot4); sourced from
# the repository root.
B=${B:-build} ARCH=${ARCH:-aarch64}

# stage_inputs DIR: the files every stage starts from: scheme1, tcc0, our
# libc's tree and its source list, tcc's sources (an empty config.h: the
# settings are on the command line; lib/bcheck.c and lib/bt-log.c, the
# runtime of tcc -b), tcc's arm64 runtime, the small
# programs of chain/, the chain's patches to tcc (chain/patches/tcc/, and
# tcc-patches listing them in order), and the stage scripts with
# chain/stage.scm in front.
stage_inputs() {
	local in=$1 src=$B/sources/tcc
	rm -rf "$in" && mkdir -p "$in/libc/arch" "$in/tcc" || return 1
	cp -r user/libc/include user/libc/src "$in/libc/" &&
		cp -r "user/libc/arch/$ARCH" "$in/libc/arch/" || return 1
	# libc.a's sources as libc.mk reads them: src/ and this arch's lines
	grep -e '^src/' -e "^arch/$ARCH/" user/libc/SOURCES | sed 's|^|libc/|' >"$in/libc-sources"
	cp "$src"/*.c "$src"/*.h "$src"/*.def "$in/tcc/" && : >"$in/tcc/config.h" || return 1
	mkdir -p "$in/tcc/lib" && cp "$src/lib/bcheck.c" "$src/lib/bt-log.c" "$in/tcc/lib/" || return 1
	cp "$B/$ARCH/tcc0/tcc0" "$B/$ARCH/scheme1/scheme1" "$src/lib/lib-arm64.c" \
		chain/hello.c chain/sha256sum.c chain/patch.c "$in/" || return 1
	mkdir -p "$in/patches/tcc" && cp chain/patches/tcc/*.patch "$in/patches/tcc/" &&
		(cd "$in" && LC_ALL=C ls patches/tcc/*.patch) >"$in/tcc-patches" || return 1
	local script
	for script in gate2 boot4; do
		cat chain/stage.scm "chain/$script.scm" >"$in/$script.scm" || return 1
	done
}

# run_prog DRIVER IN OUT PROG ARGS...: runs PROG in one boot on the
# inputs IN, its files coming back to OUT, with a timestamp (seconds since
# the start) on every line it prints.
run_prog() {
	local driver=$1 in=$2 out=$3 start=$SECONDS st
	shift 3
	./seed run --driver "$driver" --timeout "${STAGE_TIMEOUT:-3600}" --in "$in=." --out "$out" \
		-- "$@" 2>&1 | while IFS= read -r line; do
		printf '%5ds %s\n' $((SECONDS - start)) "$line"
	done
	st=${PIPESTATUS[0]}
	return "$st"
}

# run_stage DRIVER IN OUT SCRIPT: runs scheme1 SCRIPT on the inputs.
run_stage() { run_prog "$1" "$2" "$3" scheme1 "$4"; }

# manifest IN OUT: writes OUT/SHA256SUMS over the files of OUT that were
# not inputs (the directory IN), sorted by name.
manifest() {
	local list
	list=$(produced "$1" "$2" | grep -vx SHA256SUMS) || return 1
	(cd "$2" && printf '%s\n' "$list" | xargs -r -d '\n' sha256sum >SHA256SUMS)
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
	LC_ALL=C awk 'FNR == NR { want[$2] = $1; order[++n] = $2; next }
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
