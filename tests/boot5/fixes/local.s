/* Every branch of this file goes to a label of its own section, defined
 * after it: tcc resolves them at the end of the file and drops their
 * relocations, as GNU as does, which leaves .rela.text empty (patch 0043:
 * the linker must skip it, not lose the relocations of the objects loaded
 * before it). count_down(n): 0 after n steps. */
.text
.global count_down
.type count_down,%function
count_down:
	cbz x0, 1f
2:	sub x0, x0, #1
	cbnz x0, 2b
	b 1f
	nop
1:	ret
