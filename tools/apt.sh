# tools/apt.sh: what tools/deps and tools/fetch-source share about running
# apt-get: retrying a step, and telling an unreachable mirror from the
# rest. Sourced; POSIX sh.

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
