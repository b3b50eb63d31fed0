# tools/apt.sh: what tools/deps, tools/fetch-source and tools/fetch-deb
# share about running apt-get: retrying a step, telling an unreachable
# mirror from the rest, a private copy of the machine's sources, and the
# pinned hash. Sourced; POSIX sh.

apt_pause=${SEED_RETRY_PAUSE:-5}  # seconds before the second try; twice that before the third

# apt_retry LOG WHAT CMD...: CMD, its output in LOG, up to three times (the
# network may come back; apt also retries each file: Acquire::Retries). A
# run that printed "Failed to fetch" counts as failed even where apt-get
# exits 0. Each retry is said on stderr as "seed: WHAT failed ...".
apt_retry() {
	_log=$1 _what=$2
	shift 2
	for _n in 1 2 3; do
		"$@" >"$_log" 2>&1 && ! grep -q '^[EW]: Failed to fetch' "$_log" && return 0
		[ "$_n" = 3 ] && return 1
		echo "seed: $_what failed (try $_n of 3); again in $((_n * apt_pause)) s" >&2
		sleep $((_n * apt_pause))
	done
}

# apt_unreachable LOG: apt's error lines from LOG on stderr; true when they
# say the mirror could not be reached or answered badly. apt_url is the
# first URL that failed, if any.
apt_unreachable() {
	grep -E '^(E|W|Err):' "$1" | sed 's/^/  /' >&2
	apt_url=$(sed -n 's/^[EW]: *Failed to fetch \([^ ]*\).*/\1/p; s/^Err:[0-9]* \([^ ]*\).*/\1/p' "$1" | head -n 1)
	grep -qE 'Temporary failure resolving|Could not resolve|Could not connect|Connection (timed out|failed|refused)|Unable to connect|[Uu]nreachable|No route to host|Failed to fetch|Hash Sum mismatch' "$1"
}

# apt_sources DIR TYPE: the machine's deb entries as TYPE entries (deb, or
# deb-src for sources) in DIR/sources.list (one-line format) and
# DIR/parts/*.sources (deb822), for apt-get's private
# Dir::Etc::sourcelist and Dir::Etc::sourceparts.
apt_sources() {
	eval "$(apt-config shell list Dir::Etc::sourcelist/f parts Dir::Etc::sourceparts/d)"
	mkdir -p "$1/parts"
	for _f in "${list:-}" "${parts:-}"*.list; do
		[ -f "$_f" ] && sed -n "s/^[[:space:]]*deb[[:space:]]/$2 /p" "$_f"
	done >"$1/sources.list"
	for _f in "${parts:-}"*.sources; do
		[ -f "$_f" ] || continue
		# Keep every stanza whose Types include deb, as Types: TYPE,
		# with all its other fields (Signed-By, Enabled, ...) as they are.
		awk -v type="$2" '
		     function flush() { if (deb) printf "%s\n", stanza; stanza = ""; deb = 0 }
		     /^[[:space:]]*$/ { flush(); next }
		     tolower($1) == "types:" {
			for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1
			$0 = "Types: " type
		     }
		     { stanza = stanza $0 "\n" }
		     END { flush() }' "$_f" >"$1/parts/$(basename "$_f")"
	done
}

# apt_check PATH SHA CACHED REJECTED: stop unless PATH has sha256 SHA. A
# file that fails where it is CACHED is moved to the directory REJECTED,
# so that the next run fetches a fresh one.
apt_check() {
	_got=$(sha256sum <"$1") || exit 1
	_got=${_got%% *}
	[ "$_got" = "$2" ] && return
	_file=$(basename "$3")
	echo "seed: $_file: sha256 mismatch: expected $2, got $_got" >&2
	if [ "$1" = "$3" ]; then
		mkdir -p "$4" && mv -f "$1" "$4/$_file" &&
			echo "seed: $_file: moved to $4/" >&2
	fi
	exit 1
}
