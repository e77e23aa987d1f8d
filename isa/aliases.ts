// Preferred disassembly (aliases), as objdump prints them. One row per alias:
//   encoding id (without its .family suffix) | condition | alias mnemonic | operand syntax
// Conditions: space-separated, all must hold. `F=v` / `F!=v` compare a field with a number,
// `F|G=v` holds when either field equals v, and a bare word names a predicate of src/isa/syntax.ts
// (e.g. `lslform`); `-` is an empty column. The first column may also be a full id (with its
// .family suffix) for an alias of one family only. Rows for one encoding are tried in order; the first that holds is used.
export const ALIAS_TABLE = `
orr_log_shift | Rn=31 shift=0 imm6=0 | mov | <r:Rd>, <r:Rm>
orn_log_shift | Rn=31 | mvn | <r:Rd>, <r:Rm><shift:shift:imm6>
ands_log_shift | Rd=31 | tst | <r:Rn>, <r:Rm><shift:shift:imm6>
ands_log_imm | Rd=31 | tst | <r:Rn>, #<bimm:N:immr:imms>
orr_log_imm | Rn=31 movable | mov | <rsp:Rd>, #<bimm:N:immr:imms>
add_addsub_imm | sh=0 imm12=0 Rd|Rn=31 | mov | <rsp:Rd>, <rsp:Rn>
adds_addsub_imm | Rd=31 | cmn | <rsp:Rn>, #<u:imm12>{, lsl #<u12:sh>}
subs_addsub_imm | Rd=31 | cmp | <rsp:Rn>, #<u:imm12>{, lsl #<u12:sh>}
adds_addsub_shift | Rd=31 | cmn | <r:Rn>, <r:Rm><shift:shift:imm6>
subs_addsub_shift | Rd=31 | cmp | <r:Rn>, <r:Rm><shift:shift:imm6>
sub_addsub_shift | Rn=31 | neg | <r:Rd>, <r:Rm><shift:shift:imm6>
subs_addsub_shift | Rn=31 | negs | <r:Rd>, <r:Rm><shift:shift:imm6>
adds_addsub_ext | Rd=31 | cmn | <rsp:Rn>, <extreg:Rm:option_name:imm3>
subs_addsub_ext | Rd=31 | cmp | <rsp:Rn>, <extreg:Rm:option_name:imm3>
sbc | Rn=31 | ngc | <r:Rd>, <r:Rm>
sbcs | Rn=31 | ngcs | <r:Rd>, <r:Rm>
movz | movzable | mov | <r:Rd>, #<movz>
movn | movnable | mov | <r:Rd>, #<movn>
madd | Ra=31 | mul | <r:Rd>, <r:Rn>, <r:Rm>
msub | Ra=31 | mneg | <r:Rd>, <r:Rn>, <r:Rm>
smaddl | Ra=31 | smull | <x:Rd>, <w:Rn>, <w:Rm>
umaddl | Ra=31 | umull | <x:Rd>, <w:Rn>, <w:Rm>
smsubl | Ra=31 | smnegl | <x:Rd>, <w:Rn>, <w:Rm>
umsubl | Ra=31 | umnegl | <x:Rd>, <w:Rn>, <w:Rm>
lslv | - | lsl | <r:Rd>, <r:Rn>, <r:Rm>
lsrv | - | lsr | <r:Rd>, <r:Rn>, <r:Rm>
asrv | - | asr | <r:Rd>, <r:Rn>, <r:Rm>
rorv | - | ror | <r:Rd>, <r:Rn>, <r:Rm>
extr | Rn=Rm | ror | <r:Rd>, <r:Rn>, #<u:imms>
ubfm | lslform | lsl | <r:Rd>, <r:Rn>, #<lslamt>
ubfm | topform | lsr | <r:Rd>, <r:Rn>, #<u:immr>
ubfm | immr=0 imms=7 | uxtb | <w:Rd>, <w:Rn>
ubfm | immr=0 imms=15 | uxth | <w:Rd>, <w:Rn>
ubfm | bfizform | ubfiz | <r:Rd>, <r:Rn>, #<bfizlsb>, #<bfizwidth>
ubfm | - | ubfx | <r:Rd>, <r:Rn>, #<u:immr>, #<bfxwidth>
sbfm | topform | asr | <r:Rd>, <r:Rn>, #<u:immr>
sbfm | immr=0 imms=7 | sxtb | <r:Rd>, <w:Rn>
sbfm | immr=0 imms=15 | sxth | <r:Rd>, <w:Rn>
sbfm | immr=0 imms=31 sf=1 | sxtw | <x:Rd>, <w:Rn>
sbfm | bfizform | sbfiz | <r:Rd>, <r:Rn>, #<bfizlsb>, #<bfizwidth>
sbfm | - | sbfx | <r:Rd>, <r:Rn>, #<u:immr>, #<bfxwidth>
bfm | Rn!=31 bfizform | bfi | <r:Rd>, <r:Rn>, #<bfizlsb>, #<bfizwidth>
bfm | Rn=31 bfizform | bfc | <r:Rd>, #<bfizlsb>, #<bfizwidth>
bfm | - | bfxil | <r:Rd>, <r:Rn>, #<u:immr>, #<bfxwidth>
csinc | Rn=31 Rm=31 condok | cset | <r:Rd>, <invcond:cond>
csinc | Rn=Rm condok | cinc | <r:Rd>, <r:Rn>, <invcond:cond>
csinv | Rn=31 Rm=31 condok | csetm | <r:Rd>, <invcond:cond>
csinv | Rn=Rm condok | cinv | <r:Rd>, <r:Rn>, <invcond:cond>
csneg | Rn=Rm condok | cneg | <r:Rd>, <r:Rn>, <invcond:cond>
hint | CRm=0 op2=0 | nop | -
hint | CRm=0 op2=1 | yield | -
hint | CRm=0 op2=2 | wfe | -
hint | CRm=0 op2=3 | wfi | -
hint | CRm=0 op2=4 | sev | -
hint | CRm=0 op2=5 | sevl | -
hint | CRm=2 op2=0 | esb | -
hint | CRm=2 op2=1 | psb | csync
hint | CRm=2 op2=4 | csdb | -
hint | CRm=4 op2!=1 bti | bti | <btitarget>
dsb | CRm=0 | ssbb | -
dsb | CRm=4 | pssbb | -
sys | op1=3 CRn=7 CRm=4 op2=1 | dc | zva, <x:Rt>
sys | op1=3 CRn=7 CRm=10 op2=1 | dc | cvac, <x:Rt>
sys | op1=3 CRn=7 CRm=11 op2=1 | dc | cvau, <x:Rt>
sys | op1=3 CRn=7 CRm=14 op2=1 | dc | civac, <x:Rt>
sys | op1=3 CRn=7 CRm=5 op2=1 | ic | ivau, <x:Rt>
sys | op1=0 CRn=7 CRm=5 op2=0 | ic | iallu
ldadd | Rt=31 A=0 | stadd | <rsz:Rs>, [<base:Rn>]
ldclr | Rt=31 A=0 | stclr | <rsz:Rs>, [<base:Rn>]
ldeor | Rt=31 A=0 | steor | <rsz:Rs>, [<base:Rn>]
ldset | Rt=31 A=0 | stset | <rsz:Rs>, [<base:Rn>]
ldsmax | Rt=31 A=0 | stsmax | <rsz:Rs>, [<base:Rn>]
ldsmin | Rt=31 A=0 | stsmin | <rsz:Rs>, [<base:Rn>]
ldumax | Rt=31 A=0 | stumax | <rsz:Rs>, [<base:Rn>]
ldumin | Rt=31 A=0 | stumin | <rsz:Rs>, [<base:Rn>]
umov_advsimd | umovmov | mov | <rQ:Rd>, <velt5:Rn>
ins_advsimd_gen | - | mov | <velt5:Rd>, <r5:Rn>
ins_advsimd_elt | - | mov | <velt5:Rd>, <velt54:Rn>
dup_advsimd_elt.vector_transfer_vector_cpy_dup_sisd | - | mov | <vs5:Rd>, <velt5:Rn>
dup_advsimd_elt | - | dup | <vt5:Rd>, <velt5:Rn>
orr_advsimd_reg | Rn=Rm | mov | <vq8:Rd>, <vq8:Rn>
not_advsimd | - | mvn | <vq8:Rd>, <vq8:Rn>
ushll_advsimd | shl0 | uxtl | <vwideh:Rd>, <vnarrowh:Rn>
sshll_advsimd | shl0 | sxtl | <vwideh:Rd>, <vnarrowh:Rn>
orr_advsimd_imm | vmovi | movi | <vmodimm:Rd>
orr_advsimd_imm | vmvni | mvni | <vmodimm:Rd>
orr_advsimd_imm | vorr | orr | <vmodimm:Rd>
orr_advsimd_imm | vbic | bic | <vmodimm:Rd>
orr_advsimd_imm | vfmov | fmov | <vmodimm:Rd>
mvni_advsimd | vmovi | movi | <vmodimm:Rd>
mvni_advsimd | vmvni | mvni | <vmodimm:Rd>
mvni_advsimd | vorr | orr | <vmodimm:Rd>
mvni_advsimd | vbic | bic | <vmodimm:Rd>
mvni_advsimd | vfmov | fmov | <vmodimm:Rd>
movi_advsimd | vmovi | movi | <vmodimm:Rd>
movi_advsimd | vmvni | mvni | <vmodimm:Rd>
movi_advsimd | vorr | orr | <vmodimm:Rd>
movi_advsimd | vbic | bic | <vmodimm:Rd>
movi_advsimd | vfmov | fmov | <vmodimm:Rd>
bic_advsimd_imm | vmovi | movi | <vmodimm:Rd>
bic_advsimd_imm | vmvni | mvni | <vmodimm:Rd>
bic_advsimd_imm | vorr | orr | <vmodimm:Rd>
bic_advsimd_imm | vbic | bic | <vmodimm:Rd>
bic_advsimd_imm | vfmov | fmov | <vmodimm:Rd>
fmov_advsimd.vector_logical | vmovi | movi | <vmodimm:Rd>
fmov_advsimd.vector_logical | vmvni | mvni | <vmodimm:Rd>
fmov_advsimd.vector_logical | vorr | orr | <vmodimm:Rd>
fmov_advsimd.vector_logical | vbic | bic | <vmodimm:Rd>
fmov_advsimd.vector_logical | vfmov | fmov | <vmodimm:Rd>
`;
