# The shell itself: variables, loops, functions, subshells, command
# substitution, redirections (>, >>, <, 2>&1), exit statuses.
# expect-status: 7
count=0
for w in one two three; do
	count=$((count + 1))
	echo "$count: $w"
done
i=0
while [ $i -lt 3 ]; do
	echo "while $i"
	i=$((i + 1))
done
greet() {
	echo "hello, $1"
	return 3
}
greet you
echo "greet returned $?"
x=outer
(x=inner; echo "in the subshell: $x"; exit 4)
echo "subshell status $?, x is $x"
now=$(echo inside | tr a-z A-Z)
echo "command substitution: $now"
echo "nested: $(echo a $(echo b $(echo c)))"
echo first > out.txt
echo second >> out.txt
cat < out.txt
ls no-such-file > err.txt 2>&1
echo "ls status $?"
cat err.txt
{ echo to-stdout; echo to-stderr >&2; } 2>&1 | sort
case "$x" in
out*) echo "case matched outer" ;;
*) echo "case missed" ;;
esac
if false; then echo no; elif true; then echo "elif taken"; fi
false || echo "or after false"
true && echo "and after true"
set -- a "b c" d
echo "$# args: $2"
for f in out.txt err.txt; do [ -s "$f" ] && echo "$f has bytes"; done
echo $(( (3 + 4) * 5 % 6 ))
exit 7
