# Files and directories: mkdir -p, cp, ls, find, stat, rm -r, cat, mv.
mkdir -p tree/a/b/c tree/d
echo one > tree/a/one.txt
echo two > tree/a/b/two.txt
printf 'three\nlines\nhere\n' > tree/a/b/c/three.txt
cp tree/a/one.txt tree/d/copy.txt
cp -r tree/a tree/e
mv tree/d/copy.txt tree/d/moved.txt
ls tree
ls -1 tree/a tree/e
find tree | sort
find tree -name '*.txt' -type f | sort
find tree -type d | sort
stat -c '%n %s %F %a' tree/a/one.txt tree/a/b/c/three.txt
stat -c '%n %F %a' tree/a
cat tree/a/b/c/three.txt tree/d/moved.txt
chmod 600 tree/a/one.txt
stat -c '%a' tree/a/one.txt
rm -r tree/e
rm tree/a/one.txt
find tree | sort
test -d tree/e || echo "tree/e is gone"
test -f tree/d/moved.txt && echo "moved.txt is there"
rmdir tree/d 2>&1 || echo "rmdir of a full directory failed: $?"
wc -c tree/a/b/two.txt
touch empty
ls -l empty | cut -c1-10
