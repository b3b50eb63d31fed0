// Every instruction form tcc's arm64 assembler supports, one a line, in
// GNU as syntax: tests/tcc-asm/run assembles this file with tcc and with
// aarch64-linux-gnu-as and compares the .text bytes line by line.
// Branches go to the label "back", defined before them, so both
// assemblers resolve them (a forward or global target is a relocation).
back:
add x0, x1, #4095
add w0, w1, #1
add x0, x1, #1, lsl #12
add x0, x1, #0x1000
add x0, x1, #-16
add sp, sp, #16
add x29, sp, #0
add x0, x1, x2
add w0, w1, w2
add x0, x1, x2, lsl #3
add x0, x1, x2, lsr #63
add w0, w1, w2, asr #5
add sp, sp, x0
add x0, sp, x1, lsl #2
adds x0, x1, #8
adds w3, w4, w5
sub x0, x1, #4095
sub sp, sp, #32
sub x0, x0, x1
sub w0, w1, w2, lsl #31
subs x0, x1, #1
subs w0, w1, w2
cmp x0, #0
cmp w1, 0
cmp x0, x1
cmp w0, w1, lsl #2
cmp x0, #-1
cmn x0, #1
cmn w0, w1
neg x0, x1
neg w0, w1, lsl #3
negs x0, x1
mov x0, x1
mov w0, w1
mov x0, sp
mov sp, x1
mov x2, sp
mov wsp, w1
mov x0, #0
mov w0, #0
mov x8, #220
mov x0, #0x4111
mov x0, #0x10000
mov x0, #0xffff00000000
mov x0, #-1
mov w0, #-1
mov x0, #-2
mov w0, #0xffff0000
mov x0, #0x5555555555555555
mov w0, #0x0f0f0f0f
movz x0, #1, lsl #16
movz w0, #65535
movn x0, #0
movk x0, #0x1234, lsl #48
movk w0, #1, lsl #16
and x0, x1, x2
and w0, w1, w2, lsl #4
and x1, x1, #-16
and w0, w0, #0x1f
and sp, x0, #-16
and x0, x1, #0xff00ff00ff00ff00
orr x0, x1, x2
orr w0, w1, #1
orr x0, x1, x2, ror #7
eor x0, x1, x2
eor w0, w1, #0x80000000
ands x0, x1, x2
ands w0, w1, #3
bic x0, x1, x2
bic w0, w0, #0x1f
orn x0, x1, x2
eon w0, w1, w2
bics x0, x1, x2
tst x0, #1
tst w0, w1
tst x0, x1, lsl #1
mvn x0, x1
mvn w0, w1, lsr #2
lsl x0, x1, #3
lsl w0, w1, #31
lsr x0, x1, #63
lsr w0, w1, #1
asr x0, x1, #7
asr w0, w1, #31
ror x0, x1, #8
ror w0, w1, #3
lsl x0, x1, x2
lsr w0, w1, w2
asr x0, x1, x2
ror w0, w1, w2
lslv x0, x1, x2
lsrv w0, w1, w2
asrv x0, x1, x2
rorv x0, x1, x2
ubfx x0, x1, #4, #8
ubfx w0, w1, #0, #1
sbfx x0, x1, #60, #4
sbfx w0, w1, #3, #29
uxtb w0, w1
uxth w0, w1
sxtb x0, w1
sxtb w0, w1
sxth x0, w1
sxth w0, w1
sxtw x0, w1
udiv x0, x1, x2
udiv w0, w1, w2
sdiv x0, x1, x2
madd x0, x1, x2, x3
madd w0, w1, w2, w3
msub x0, x1, x2, x3
mul x0, x1, x2
mul w0, w1, w2
mneg x0, x1, x2
smulh x0, x1, x2
umulh x0, x1, x2
rbit x0, x1
rbit w0, w1
clz x0, x1
clz w0, w1
cls x0, x1
rev x0, x1
rev w0, w1
rev16 x0, x1
rev16 w0, w1
rev32 x0, x1
csel x0, x1, x2, eq
csel w0, w1, w2, lt
csinc w0, w1, wzr, ne
csinc x0, x1, x2, hs
csinv x0, x1, x2, lo
csneg w0, w1, w2, gt
cset w0, eq
cset x0, ne
csetm x0, cc
cinc x0, x1, mi
cinv w0, w1, pl
cneg x0, x1, le
ccmp x0, x1, #0, ne
ccmp w0, #31, #15, eq
ccmn x0, #1, #4, ge
adr x0, back
adr x1, .
ldr x0, [x1]
ldr x0, [x1, #8]
ldr x0, [x1, #32760]
ldr w0, [x1, #4]
ldr x0, [sp, #16]
ldr x0, [x1, #-8]
ldr x0, [x1, #1]
ldr x0, [x1, #8]!
ldr x0, [x1], #8
ldr w0, [x1, #-4]!
ldr x0, [x1, x2]
ldr x0, [x1, x2, lsl #3]
ldr w0, [x1, w2, uxtw #2]
ldr x0, [x1, w2, sxtw]
ldr x0, [x1, x2, sxtx #3]
ldr x2, [x0, #13*8]
ldr x30, [x0, #176]
ldr d8, [x0, #8]
ldr s0, [x1]
ldr q0, [x1, #16]
ldr d0, [x1], #8
ldrb w0, [x1]
ldrb w0, [x1, #4095]
ldrb w0, [x1, x2]
ldrb w0, [x1], #1
ldrh w0, [x1, #2]
ldrh w0, [x1, #-2]
ldrsb x0, [x1]
ldrsb w0, [x1, #1]
ldrsh x0, [x1, #2]
ldrsh w0, [x1]
ldrsw x0, [x1, #4]
ldrsw x0, [x1], #4
str x0, [x1]
str x19, [x0, #176+8+8]
str w0, [x1, #4]
str x0, [sp, #-16]!
str x0, [x1], #-8
str d0, [x1, #8]
str q1, [x2, #32]
str x0, [x1, x2, lsl #3]
strb w0, [x1]
strb w0, [x1, #-1]
strh w0, [x1, #2]
strh w0, [x1, w2, sxtw #1]
ldur x0, [x1, #8]
ldur w0, [x1, #-1]
stur x0, [x1, #-8]
ldurb w0, [x1, #1]
sturb w0, [x1, #-3]
ldurh w0, [x1, #2]
sturh w0, [x1, #-2]
ldp x29, x30, [sp], #16
ldp x1, x0, [sp], #16
ldp x0, x1, [x2]
ldp x19, x20, [x0, #0]
ldp w0, w1, [x2, #-8]
ldp d8, d9, [x0, #104]
ldp q0, q1, [x1, #32]
ldp s0, s1, [x1, #4]!
ldpsw x0, x1, [x2, #8]
stp x29, x30, [sp, #-16]!
stp x3, x4, [x1, #-16]!
stp x19, x20, [x0, #0]
stp x29, x30, [x0, #80]
stp w0, w1, [x2, #252]
stp d14, d15, [x0, #152]
stp q0, q1, [sp, #-32]!
stp x0, x1, [x2], #-512
ldxr x0, [x1]
ldxr w0, [x1]
ldaxr x0, [x1]
ldaxr w0, [x1, #0]
ldar x0, [x1]
ldar w0, [sp]
stlr x0, [x1]
stlr w0, [x1]
ldxrb w0, [x1]
ldaxrb w0, [x1]
ldarb w0, [x1]
stlrb w0, [x1]
ldxrh w0, [x1]
ldaxrh w0, [x1]
ldarh w0, [x1]
stlrh w0, [x1]
stxr w2, x0, [x1]
stxr w2, w0, [x1]
stlxr w0, x2, [x1]
stlxr w0, w2, [x1]
stxrb w2, w0, [x1]
stlxrb w2, w0, [x1]
stxrh w2, w0, [x1]
stlxrh w2, w0, [x1]
b back
bl back
b.eq back
b.ne back
b.cs back
b.hs back
b.cc back
b.lo back
b.mi back
b.pl back
b.vs back
b.vc back
b.hi back
b.ls back
b.ge back
b.lt back
b.gt back
b.le back
b.al back
cbz x0, back
cbz w0, back
cbnz x1, back
cbnz w1, back
tbz x0, #0, back
tbz w0, #31, back
tbz x0, #63, back
tbnz x1, #5, back
br x0
br x16
blr x1
ret
ret x1
svc 0
svc #0
svc #0xffff
hvc #1
brk #1000
nop
yield
wfe
wfi
sev
sevl
hint #34
dmb ish
dmb ishld
dmb ishst
dmb sy
dmb ld
dmb st
dmb osh
dmb nsh
dmb #9
dsb sy
dsb ish
isb
isb sy
mrs x0, tpidr_el0
mrs x1, tpidrro_el0
mrs x0, fpcr
mrs x0, fpsr
mrs x2, nzcv
mrs x0, dczid_el0
mrs x0, ctr_el0
mrs x0, cntvct_el0
mrs x0, cntfrq_el0
mrs x0, midr_el1
msr tpidr_el0, x0
msr fpcr, x1
msr fpsr, x2
msr nzcv, x3
