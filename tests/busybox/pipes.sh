# Pipelines: many stages, big data, the statuses the shell reports.
seq 1 20000 > numbers.txt
cat numbers.txt | sort -r | head -n 3
seq 1 100000 | wc -l
seq 1 50000 | sed 's/0/zero/g' | grep -c zero
seq 1 10 | tr '\n' ' ' | sed 's/ $//'
echo
echo "a b c" | { read x y z; echo "$z$y$x"; }
seq 1 300 | while read n; do echo "line $n"; done | tail -n 2
cat numbers.txt numbers.txt numbers.txt numbers.txt | cat | cat | md5sum
printf 'x\ny\n' | cat - numbers.txt | head -n 3
false | true
echo "pipeline status $?"
true | false
echo "pipeline status $?"
