# Text: sed, grep, sort, wc, cut, tr, uniq, head, tail, here-documents.
cat > fruit.txt <<END
banana 3
apple 12
cherry 7
apple 5
date 1
END
sort fruit.txt
sort -k2 -n fruit.txt
sort -u -k1,1 fruit.txt | cut -d' ' -f1
grep apple fruit.txt
grep -c a fruit.txt
grep -v apple fruit.txt | wc -l
sed 's/apple/APPLE/g' fruit.txt
sed -n '2,3p' fruit.txt
sed -e '/cherry/d' -e 's/ /=/' fruit.txt > edited.txt
cat edited.txt
wc -l fruit.txt edited.txt
wc -w < fruit.txt
cut -d' ' -f1 fruit.txt | sort | uniq -c
tr a-z A-Z < fruit.txt | head -n 2
tail -n 2 fruit.txt
name=world
cat <<END
hello $name
quoted: '$name' "$name"
END
cat <<'END'
not expanded: $name $(echo x)
END
grep -n '^[a-c]' fruit.txt | sed 's/:/ -> /'
