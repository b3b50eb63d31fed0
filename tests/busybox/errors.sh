# What goes wrong says so the same way: messages on stderr, statuses.
# expect-status: 1
cat missing.txt
echo "cat: $?"
mkdir dir
mkdir dir
echo "mkdir again: $?"
rmdir missing-dir
echo "rmdir: $?"
rm missing.txt
echo "rm: $?"
rm -f missing.txt
echo "rm -f: $?"
echo data > file
cd file
echo "cd to a file: $?"
ls file/
echo "ls file/: $?"
cp missing.txt there.txt
echo "cp: $?"
grep nothing file
echo "grep no match: $?"
no-such-command
echo "unknown command: $?"
sed 's/unterminated' file
echo "bad sed: $?"
( exit 300 )
echo "exit 300: $?"
set -e
false
echo "not reached"
