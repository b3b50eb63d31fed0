// Every instruction form tcc's arm64 assembler supports, one a line, in
// GNU as syntax: tests/tcc-asm/run assembles this file with tcc and with
// aarch64-linux-gnu-as and compares the .text bytes line by line.
// Branches go to the label "back", defined before them, or "fwd", at
// the end: both assemblers resolve a local label of the same section
// (a global target is a relocation). An ldr of =value takes its value
// from a literal pool both place after the last line, at the end of
// .text.
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
bfi x2, x3, #32, #3
bfi w0, w1, #4, #8
bfxil x0, x1, #4, #8
bfxil w0, w1, #0, #1
ubfiz x0, x1, #3, #20
ubfiz w0, w1, #31, #1
sbfiz x0, x1, #2, #62
sbfiz w0, w1, #8, #8
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
hlt #0xf000
eret
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
mrs x0, CurrentEL
mrs x0, currentel
mrs x1, daif
mrs x0, cntpct_el0
mrs x0, cntp_tval_el0
mrs x0, cntp_ctl_el0
mrs x0, cntp_cval_el0
mrs x0, cntv_tval_el0
mrs x0, cntv_ctl_el0
mrs x0, cntv_cval_el0
mrs x0, mpidr_el1
mrs x0, id_aa64pfr0_el1
mrs x0, id_aa64isar0_el1
mrs x3, id_aa64mmfr0_el1
mrs x0, sctlr_el1
mrs x0, cpacr_el1
mrs x0, ttbr0_el1
mrs x0, ttbr1_el1
mrs x0, tcr_el1
mrs x23, spsr_el1
mrs x22, elr_el1
mrs x21, sp_el0
mrs x0, spsel
mrs x0, esr_el1
mrs x2, far_el1
mrs x0, par_el1
mrs x0, mair_el1
mrs x0, vbar_el1
mrs x0, contextidr_el1
mrs x0, tpidr_el1
mrs x0, cntkctl_el1
msr daif, x0
msr cntfrq_el0, x0
msr cntp_tval_el0, x0
msr cntp_ctl_el0, x0
msr cntp_cval_el0, x0
msr cntv_tval_el0, x1
msr cntv_ctl_el0, x1
msr cntv_cval_el0, x0
msr sctlr_el1, x2
msr cpacr_el1, x2
msr ttbr0_el1, x1
msr ttbr1_el1, x0
msr tcr_el1, x2
msr spsr_el1, x23
msr elr_el1, x22
msr sp_el0, x21
msr spsel, x0
msr esr_el1, x0
msr far_el1, x0
msr par_el1, x0
msr mair_el1, x2
msr vbar_el1, x0
msr contextidr_el1, x0
msr tpidr_el1, x0
msr cntkctl_el1, x2
msr daifset, #0xf
msr daifclr, #2
msr DAIFSet, #1
msr spsel, #1
b fwd
bl fwd
b.ne fwd
cbz x0, fwd
tbnz w1, #3, fwd
adr x0, fwd
dc zva, x3
dc civac, x0
dc cvac, x1
dc cvau, x2
dc ivac, x4
ic iallu
ic ialluis
ic ivau, x5
tlbi vmalle1
tlbi vmalle1is
tlbi vae1, x0
tlbi vae1is, x1
tlbi aside1, x2
tlbi aside1is, x3
tlbi vaae1, x4
tlbi vaae1is, x5
tlbi vale1, x6
tlbi vale1is, x7
tlbi vaale1, x8
tlbi vaale1is, x9
ldr x2, =0x0040000000000705
ldr w1, =7
ldr x3, =back
ldr x4, =0x0040000000000705
ldr w5, =back + 8
uxtw x0, w2
uxtw w0, w1
dup v0.16b, w1
dup v1.8b, w2
dup v2.8h, w3
dup v3.4h, w4
dup v4.4s, w5
dup v5.2s, w6
dup v6.2d, x7
dup v0.16B, w1
mov x1, v0.d[0]
mov x1, v0.D[1]
mov w2, v3.s[3]
umov w1, v0.b[15]
umov w1, v0.h[7]
umov w1, v2.s[1]
umov x1, v2.d[1]
fmov s0, s1
fmov d2, d3
fmov w0, s1
fmov x0, d1
fmov s0, w1
fmov d0, x1
fmov s0, wzr
fmov d31, xzr
fabs s0, s1
fabs d0, d1
fneg s2, s3
fneg d2, d3
fsqrt s4, s5
fsqrt d4, d5
frintn s0, s1
frintn d0, d1
frintp s0, s1
frintp d0, d1
frintm s0, s1
frintm d0, d1
frintz s0, s1
frintz d0, d1
frinta s0, s1
frinta d0, d1
frintx s0, s1
frintx d0, d1
frinti s0, s1
frinti d31, d30
fmul s0, s1, s2
fmul d0, d1, d2
fdiv s0, s1, s2
fdiv d0, d1, d2
fadd s0, s1, s2
fadd d0, d1, d2
fsub s0, s1, s2
fsub d0, d1, d2
fmax s0, s1, s2
fmax d0, d1, d2
fmin s0, s1, s2
fmin d0, d1, d2
fmaxnm s0, s1, s2
fmaxnm d0, d1, d2
fminnm s0, s1, s2
fminnm d0, d1, d2
fnmul s0, s1, s2
fnmul d0, d1, d2
fmadd s0, s1, s2, s3
fmadd d0, d1, d2, d3
fmsub s0, s1, s2, s3
fmsub d0, d1, d2, d3
fnmadd s0, s1, s2, s3
fnmadd d0, d1, d2, d3
fnmsub s0, s1, s2, s3
fnmsub d28, d29, d30, d31
fcmp s0, s1
fcmp d0, d1
fcmp s0, #0.0
fcmp d0, #0.0
fcmp d0, #0
fcmpe s0, s1
fcmpe d0, d1
fcmpe s2, #0.0
fcmpe d2, #0.0
fcvt d0, s1
fcvt s0, d1
fcvt h0, s1
fcvt h0, d1
fcvt s0, h1
fcvt d0, h1
fcvtns w0, s1
fcvtns x0, d1
fcvtnu w0, d1
fcvtnu x0, s1
fcvtas w0, s1
fcvtas x0, d1
fcvtas x0, s1
fcvtas w0, d1
fcvtau w0, s1
fcvtau x0, d1
fcvtps w0, s1
fcvtps x0, d1
fcvtpu w0, s1
fcvtpu x0, d1
fcvtms w0, s1
fcvtms x0, d1
fcvtmu w0, s1
fcvtmu x0, d1
fcvtzs w0, s1
fcvtzs x0, d1
fcvtzu w0, s1
fcvtzu x0, d1
scvtf s0, w1
scvtf d0, x1
scvtf s0, x1
scvtf d0, w1
ucvtf s0, w1
ucvtf d0, x1
fwd:
// Last, since they emit words no line names: alignment in code pads
// with nops, and .align is .p2align, as GNU as takes them for arm64.
nop
.align 3
nop
.p2align 4
nop
.balign 8
.byte 1
.p2align 2
