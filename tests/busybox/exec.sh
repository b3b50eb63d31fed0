# Programs that start programs: sh -c, a nested shell, exec with
# redirections, tee, env, children killed by a signal, and find -exec and
# xargs, which start theirs with vfork (clone(CLONE_VM | CLONE_VFORK)).
mkdir -p d/sub
for n in 1 2 3; do echo "file $n" > d/f$n.txt; done
echo deep > d/sub/deep.txt
find d -type f | sort | while read f; do wc -c "$f"; done
find d -name '*.txt' -exec wc -c {} \; | sort
find d -type f | sort | xargs cat
find d -type f | sort | xargs -n 1 sh -c 'echo "xargs gave $0"'
sh -c 'echo "in sh -c: $0 $1"; exit 5' zero one
echo "sh -c status $?"
cat > inner.sh <<'END'
echo "inner script, args: $*"
echo "inner's stdin: $(cat)"
exit 9
END
echo "piped in" | ./busybox sh inner.sh x y
echo "nested status $?"
echo "tee'd" | tee copy1.txt copy2.txt | tr a-z A-Z
cat copy1.txt copy2.txt
( exec > exec-out.txt; echo "after exec >"; ls d )
cat exec-out.txt
sh -c 'kill -9 $$'
echo "killed: $?"
sh -c 'kill -TERM $$'
echo "terminated: $?"
env -i ./busybox sh -c 'echo "env -i: [$FOO]"'
FOO=bar ./busybox sh -c 'echo "FOO=$FOO"'
./busybox echo "busybox echo by path"
./busybox md5sum d/f1.txt
