// The base A64 instruction set, one declaration per encoding, in the Sail model's
// first-match decode order (src/instrs.sail __DecodeA64). Columns:
//   id | mnemonic | semantics family | bit pattern (MSB first) | operand syntax
// Bit pattern tokens: runs of 0/1/x (x = ignored), `name:width` fields and `name=bits`
// fields whose bits are (partly) fixed; `!hi:lo=bits` is a guard the word must NOT match.
// Operand syntax is interpreted by src/isa/syntax.ts (see there for the operand kinds).
// Class of every entry: a64.
export const A64_TABLE = `
frinti_float.float_arithmetic_round_frint | frinti | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=111 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
frintx_float.float_arithmetic_round_frint | frintx | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=110 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
frintp_float.float_arithmetic_round_frint | frintp | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=001 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
frintz_float.float_arithmetic_round_frint | frintz | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=011 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
frintn_float.float_arithmetic_round_frint | frintn | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=000 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
frintm_float.float_arithmetic_round_frint | frintm | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=010 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
frinta_float.float_arithmetic_round_frint | frinta | float_arithmetic_round_frint | M=0 0 S=0 11110 ftype:2 1001 rmode=100 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
adds_addsub_imm.integer_arithmetic_add_sub_immediate | adds | integer_arithmetic_add_sub_immediate | sf:1 op=0 S=1 100010 sh:1 imm12:12 Rn:5 Rd:5 | <r:Rd>, <rsp:Rn>, #<u:imm12>{, lsl #<u12:sh>}
add_addsub_imm.integer_arithmetic_add_sub_immediate | add | integer_arithmetic_add_sub_immediate | sf:1 op=0 S=0 100010 sh:1 imm12:12 Rn:5 Rd:5 | <rsp:Rd>, <rsp:Rn>, #<u:imm12>{, lsl #<u12:sh>}
subs_addsub_imm.integer_arithmetic_add_sub_immediate | subs | integer_arithmetic_add_sub_immediate | sf:1 op=1 S=1 100010 sh:1 imm12:12 Rn:5 Rd:5 | <r:Rd>, <rsp:Rn>, #<u:imm12>{, lsl #<u12:sh>}
sub_addsub_imm.integer_arithmetic_add_sub_immediate | sub | integer_arithmetic_add_sub_immediate | sf:1 op=1 S=0 100010 sh:1 imm12:12 Rn:5 Rd:5 | <rsp:Rd>, <rsp:Rn>, #<u:imm12>{, lsl #<u12:sh>}
dmb.system_barriers_dmb | dmb | system_barriers_dmb | 1101010100 L=0 op0=00 op1=011 CRn=0011 CRm:4 1 opc=01 Rt=11111 | <barrier:CRm>
dsb.system_barriers_dsb | dsb | system_barriers_dsb | 1101010100 L=0 op0=00 op1=011 CRn=0011 CRm:4 1 opc=00 Rt=11111 | <barrier:CRm>
isb.system_barriers_isb | isb | system_barriers_isb | 1101010100 L=0 op0=00 op1=011 CRn=0011 CRm:4 1 opc=10 Rt=11111 | {<isbopt:CRm>}
ssbb.system_barriers_ssbb | ssbb | system_barriers_ssbb | 1101010100 L=0 op0=00 op1=011 CRn=0011 CRm=0000 1 opc=00 Rt=11111 | 
pssbb.system_barriers_pssbb | pssbb | system_barriers_pssbb | 1101010100 L=0 op0=00 op1=011 CRn=0011 CRm=0100 1 opc=00 Rt=11111 | 
sb.system_barriers_sb | sb | system_barriers_sb | 1101010100 L=0 op0=00 op1=011 CRn=0011 CRm=0000 1 opc=11 Rt=11111 | 
cls_advsimd.vector_arithmetic_unary_clsz | cls | vector_arithmetic_unary_clsz | 0 Q:1 U=0 01110 size:2 100000010010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
clz_advsimd.vector_arithmetic_unary_clsz | clz | vector_arithmetic_unary_clsz | 0 Q:1 U=1 01110 size:2 100000010010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
orr_advsimd_imm.vector_logical | orr | vector_logical | 0 Q:1 op=0 0111100000 a:1 b:1 c:1 cmode=xxx1 01 d:1 e:1 f:1 g:1 h:1 Rd:5 | <vmodimm:Rd>
mvni_advsimd.vector_logical | mvni | vector_logical | 0 Q:1 op=1 0111100000 a:1 b:1 c:1 cmode:4 01 d:1 e:1 f:1 g:1 h:1 Rd:5 | <vmodimm:Rd>
movi_advsimd.vector_logical | movi | vector_logical | 0 Q:1 op:1 0111100000 a:1 b:1 c:1 cmode:4 01 d:1 e:1 f:1 g:1 h:1 Rd:5 | <vmodimm:Rd>
bic_advsimd_imm.vector_logical | bic | vector_logical | 0 Q:1 op=1 0111100000 a:1 b:1 c:1 cmode=xxx1 01 d:1 e:1 f:1 g:1 h:1 Rd:5 | <vmodimm:Rd>
umov_advsimd.vector_transfer_integer_move_unsigned | umov | vector_transfer_integer_move_unsigned | 0 Q:1 001110000 imm5:5 001111 Rn:5 Rd:5 | <rQ:Rd>, <velt5:Rn>
ldursw.memory_single_general_immediate_signed_offset_normal | ldursw | memory_single_general_immediate_signed_offset_normal | size=10 111000 opc=10 0 imm9:9 00 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldursh.memory_single_general_immediate_signed_offset_normal | ldursh | memory_single_general_immediate_signed_offset_normal | size=01 111000 opc=1x 0 imm9:9 00 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>{, #<simm:imm9>}]
prfum.memory_single_general_immediate_signed_offset_normal | prfum | memory_single_general_immediate_signed_offset_normal | size=11 111000 opc=10 0 imm9:9 00 Rn:5 Rt:5 | <prfop:Rt>, [<base:Rn>{, #<simm:imm9>}]
sturh.memory_single_general_immediate_signed_offset_normal | sturh | memory_single_general_immediate_signed_offset_normal | size=01 111000 opc=00 0 imm9:9 00 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldursb.memory_single_general_immediate_signed_offset_normal | ldursb | memory_single_general_immediate_signed_offset_normal | size=00 111000 opc=1x 0 imm9:9 00 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldurh.memory_single_general_immediate_signed_offset_normal | ldurh | memory_single_general_immediate_signed_offset_normal | size=01 111000 opc=01 0 imm9:9 00 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldur_gen.memory_single_general_immediate_signed_offset_normal | ldur | memory_single_general_immediate_signed_offset_normal | size=1x 111000 opc=01 0 imm9:9 00 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldurb.memory_single_general_immediate_signed_offset_normal | ldurb | memory_single_general_immediate_signed_offset_normal | size=00 111000 opc=01 0 imm9:9 00 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
stur_gen.memory_single_general_immediate_signed_offset_normal | stur | memory_single_general_immediate_signed_offset_normal | size=1x 111000 opc=00 0 imm9:9 00 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>{, #<simm:imm9>}]
sturb.memory_single_general_immediate_signed_offset_normal | sturb | memory_single_general_immediate_signed_offset_normal | size=00 111000 opc=00 0 imm9:9 00 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
fdiv_advsimd.vector_arithmetic_binary_uniform_div_fp16 | fdiv | vector_arithmetic_binary_uniform_div_fp16 | 0 Q:1 101110010 Rm:5 001111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fdiv_advsimd.vector_arithmetic_binary_uniform_div | fdiv | vector_arithmetic_binary_uniform_div | 0 Q:1 1011100 sz:1 1 Rm:5 111111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
eon.integer_logical_shiftedreg | eon | integer_logical_shiftedreg | sf:1 opc=10 01010 shift:2 N=1 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
orn_log_shift.integer_logical_shiftedreg | orn | integer_logical_shiftedreg | sf:1 opc=01 01010 shift:2 N=1 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
bics.integer_logical_shiftedreg | bics | integer_logical_shiftedreg | sf:1 opc=11 01010 shift:2 N=1 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
ands_log_shift.integer_logical_shiftedreg | ands | integer_logical_shiftedreg | sf:1 opc=11 01010 shift:2 N=0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
orr_log_shift.integer_logical_shiftedreg | orr | integer_logical_shiftedreg | sf:1 opc=01 01010 shift:2 N=0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
bic_log_shift.integer_logical_shiftedreg | bic | integer_logical_shiftedreg | sf:1 opc=00 01010 shift:2 N=1 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
and_log_shift.integer_logical_shiftedreg | and | integer_logical_shiftedreg | sf:1 opc=00 01010 shift:2 N=0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
eor_log_shift.integer_logical_shiftedreg | eor | integer_logical_shiftedreg | sf:1 opc=10 01010 shift:2 N=0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
ld1_advsimd_mult.memory_vector_multiple_no_wb | ld1 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=1 000000 opcode=xx1x size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld1_advsimd_mult.memory_vector_multiple_post_inc | ld1 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=1 0 Rm:5 opcode=xx1x size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
ld3_advsimd_mult.memory_vector_multiple_no_wb | ld3 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=1 000000 opcode=0100 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld3_advsimd_mult.memory_vector_multiple_post_inc | ld3 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=1 0 Rm:5 opcode=0100 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
st4_advsimd_mult.memory_vector_multiple_no_wb | st4 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=0 000000 opcode=0000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
st4_advsimd_mult.memory_vector_multiple_post_inc | st4 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=0 0 Rm:5 opcode=0000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
ld4_advsimd_mult.memory_vector_multiple_no_wb | ld4 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=1 000000 opcode=0000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld4_advsimd_mult.memory_vector_multiple_post_inc | ld4 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=1 0 Rm:5 opcode=0000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
st3_advsimd_mult.memory_vector_multiple_no_wb | st3 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=0 000000 opcode=0100 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
st3_advsimd_mult.memory_vector_multiple_post_inc | st3 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=0 0 Rm:5 opcode=0100 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
ld2_advsimd_mult.memory_vector_multiple_no_wb | ld2 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=1 000000 opcode=1000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld2_advsimd_mult.memory_vector_multiple_post_inc | ld2 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=1 0 Rm:5 opcode=1000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
st2_advsimd_mult.memory_vector_multiple_no_wb | st2 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=0 000000 opcode=1000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
st2_advsimd_mult.memory_vector_multiple_post_inc | st2 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=0 0 Rm:5 opcode=1000 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
st1_advsimd_mult.memory_vector_multiple_no_wb | st1 | memory_vector_multiple_no_wb | 0 Q:1 0011000 L=0 000000 opcode=xx1x size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
st1_advsimd_mult.memory_vector_multiple_post_inc | st1 | memory_vector_multiple_post_inc | 0 Q:1 0011001 L=0 0 Rm:5 opcode=xx1x size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
smlal_advsimd_vec.vector_arithmetic_binary_disparate_mul_accum | smlal | vector_arithmetic_binary_disparate_mul_accum | 0 Q:1 U=0 01110 size:2 1 Rm:5 10 o1=0 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
umlsl_advsimd_vec.vector_arithmetic_binary_disparate_mul_accum | umlsl | vector_arithmetic_binary_disparate_mul_accum | 0 Q:1 U=1 01110 size:2 1 Rm:5 10 o1=1 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
umlal_advsimd_vec.vector_arithmetic_binary_disparate_mul_accum | umlal | vector_arithmetic_binary_disparate_mul_accum | 0 Q:1 U=1 01110 size:2 1 Rm:5 10 o1=0 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
smlsl_advsimd_vec.vector_arithmetic_binary_disparate_mul_accum | smlsl | vector_arithmetic_binary_disparate_mul_accum | 0 Q:1 U=0 01110 size:2 1 Rm:5 10 o1=1 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
uabd_advsimd.vector_arithmetic_binary_uniform_diff | uabd | vector_arithmetic_binary_uniform_diff | 0 Q:1 U=1 01110 size:2 1 Rm:5 0111 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sabd_advsimd.vector_arithmetic_binary_uniform_diff | sabd | vector_arithmetic_binary_uniform_diff | 0 Q:1 U=0 01110 size:2 1 Rm:5 0111 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uaba_advsimd.vector_arithmetic_binary_uniform_diff | uaba | vector_arithmetic_binary_uniform_diff | 0 Q:1 U=1 01110 size:2 1 Rm:5 0111 ac=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
saba_advsimd.vector_arithmetic_binary_uniform_diff | saba | vector_arithmetic_binary_uniform_diff | 0 Q:1 U=0 01110 size:2 1 Rm:5 0111 ac=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
and_log_imm.integer_logical_immediate | and | integer_logical_immediate | sf:1 opc=00 100100 N:1 immr:6 imms:6 Rn:5 Rd:5 | <rsp:Rd>, <r:Rn>, #<bimm:N:immr:imms>
orr_log_imm.integer_logical_immediate | orr | integer_logical_immediate | sf:1 opc=01 100100 N:1 immr:6 imms:6 Rn:5 Rd:5 | <rsp:Rd>, <r:Rn>, #<bimm:N:immr:imms>
ands_log_imm.integer_logical_immediate | ands | integer_logical_immediate | sf:1 opc=11 100100 N:1 immr:6 imms:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, #<bimm:N:immr:imms>
eor_log_imm.integer_logical_immediate | eor | integer_logical_immediate | sf:1 opc=10 100100 N:1 immr:6 imms:6 Rn:5 Rd:5 | <rsp:Rd>, <r:Rn>, #<bimm:N:immr:imms>
sqdmulh_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_sisd | sqdmulh | vector_arithmetic_binary_uniform_mul_int_doubling_sisd | 01 U=0 11110 size:2 1 Rm:5 101101 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqdmulh_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_simd | sqdmulh | vector_arithmetic_binary_uniform_mul_int_doubling_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 101101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sqrdmulh_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_sisd | sqrdmulh | vector_arithmetic_binary_uniform_mul_int_doubling_sisd | 01 U=1 11110 size:2 1 Rm:5 101101 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqrdmulh_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_simd | sqrdmulh | vector_arithmetic_binary_uniform_mul_int_doubling_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 101101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
usra_advsimd.vector_shift_right_sisd | usra | vector_shift_right_sisd | 01 U=1 111110 immh:4 immb:3 00 o1=0 o0=1 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
usra_advsimd.vector_shift_right_simd | usra | vector_shift_right_simd | 0 Q:1 U=1 011110 immh:4 immb:3 00 o1=0 o0=1 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
ursra_advsimd.vector_shift_right_sisd | ursra | vector_shift_right_sisd | 01 U=1 111110 immh:4 immb:3 00 o1=1 o0=1 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
ursra_advsimd.vector_shift_right_simd | ursra | vector_shift_right_simd | 0 Q:1 U=1 011110 immh:4 immb:3 00 o1=1 o0=1 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
ushr_advsimd.vector_shift_right_sisd | ushr | vector_shift_right_sisd | 01 U=1 111110 immh:4 immb:3 00 o1=0 o0=0 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
ushr_advsimd.vector_shift_right_simd | ushr | vector_shift_right_simd | 0 Q:1 U=1 011110 immh:4 immb:3 00 o1=0 o0=0 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
ssra_advsimd.vector_shift_right_sisd | ssra | vector_shift_right_sisd | 01 U=0 111110 immh:4 immb:3 00 o1=0 o0=1 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
ssra_advsimd.vector_shift_right_simd | ssra | vector_shift_right_simd | 0 Q:1 U=0 011110 immh:4 immb:3 00 o1=0 o0=1 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
sshr_advsimd.vector_shift_right_sisd | sshr | vector_shift_right_sisd | 01 U=0 111110 immh:4 immb:3 00 o1=0 o0=0 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
sshr_advsimd.vector_shift_right_simd | sshr | vector_shift_right_simd | 0 Q:1 U=0 011110 immh:4 immb:3 00 o1=0 o0=0 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
urshr_advsimd.vector_shift_right_sisd | urshr | vector_shift_right_sisd | 01 U=1 111110 immh:4 immb:3 00 o1=1 o0=0 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
urshr_advsimd.vector_shift_right_simd | urshr | vector_shift_right_simd | 0 Q:1 U=1 011110 immh:4 immb:3 00 o1=1 o0=0 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
srsra_advsimd.vector_shift_right_sisd | srsra | vector_shift_right_sisd | 01 U=0 111110 immh:4 immb:3 00 o1=1 o0=1 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
srsra_advsimd.vector_shift_right_simd | srsra | vector_shift_right_simd | 0 Q:1 U=0 011110 immh:4 immb:3 00 o1=1 o0=1 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
srshr_advsimd.vector_shift_right_sisd | srshr | vector_shift_right_sisd | 01 U=0 111110 immh:4 immb:3 00 o1=1 o0=0 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
srshr_advsimd.vector_shift_right_simd | srshr | vector_shift_right_simd | 0 Q:1 U=0 011110 immh:4 immb:3 00 o1=1 o0=0 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
stp_gen.memory_pair_general_post_idx | stp | memory_pair_general_post_idx | opc=x0 1010001 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>], #<spair:imm7>
stp_gen.memory_pair_general_pre_idx | stp | memory_pair_general_pre_idx | opc=x0 1010011 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>, #<spair:imm7>]!
stp_gen.memory_pair_general_offset | stp | memory_pair_general_offset | opc=x0 1010010 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
ldpsw.memory_pair_general_post_idx | ldpsw | memory_pair_general_post_idx | opc=01 1010001 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <x:Rt>, <x:Rt2>, [<base:Rn>], #<spair:imm7>
ldpsw.memory_pair_general_pre_idx | ldpsw | memory_pair_general_pre_idx | opc=01 1010011 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <x:Rt>, <x:Rt2>, [<base:Rn>, #<spair:imm7>]!
ldpsw.memory_pair_general_offset | ldpsw | memory_pair_general_offset | opc=01 1010010 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <x:Rt>, <x:Rt2>, [<base:Rn>{, #<spair:imm7>}]
ldp_gen.memory_pair_general_post_idx | ldp | memory_pair_general_post_idx | opc=x0 1010001 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>], #<spair:imm7>
ldp_gen.memory_pair_general_pre_idx | ldp | memory_pair_general_pre_idx | opc=x0 1010011 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>, #<spair:imm7>]!
ldp_gen.memory_pair_general_offset | ldp | memory_pair_general_offset | opc=x0 1010010 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
ldaxrh.memory_exclusive_single | ldaxrh | memory_exclusive_single | size=01 0010000 L=1 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldaxr.memory_exclusive_single | ldaxr | memory_exclusive_single | size=1x 0010000 L=1 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
ldaxrb.memory_exclusive_single | ldaxrb | memory_exclusive_single | size=00 0010000 L=1 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldxr.memory_exclusive_single | ldxr | memory_exclusive_single | size=1x 0010000 L=1 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
ldxrh.memory_exclusive_single | ldxrh | memory_exclusive_single | size=01 0010000 L=1 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldxrb.memory_exclusive_single | ldxrb | memory_exclusive_single | size=00 0010000 L=1 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
stxrb.memory_exclusive_single | stxrb | memory_exclusive_single | size=00 0010000 L=0 0 Rs:5 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
stlxrb.memory_exclusive_single | stlxrb | memory_exclusive_single | size=00 0010000 L=0 0 Rs:5 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
stxrh.memory_exclusive_single | stxrh | memory_exclusive_single | size=01 0010000 L=0 0 Rs:5 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
stlxr.memory_exclusive_single | stlxr | memory_exclusive_single | size=1x 0010000 L=0 0 Rs:5 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rs>, <rsz:Rt>, [<base:Rn>]
stlxrh.memory_exclusive_single | stlxrh | memory_exclusive_single | size=01 0010000 L=0 0 Rs:5 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
stxr.memory_exclusive_single | stxr | memory_exclusive_single | size=1x 0010000 L=0 0 Rs:5 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rs>, <rsz:Rt>, [<base:Rn>]
ldsmax.memory_atomicops_ld | ldsmax | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=100 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldsminh.memory_atomicops_ld | ldsminh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=101 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldseth.memory_atomicops_ld | ldseth | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=011 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldeorb.memory_atomicops_ld | ldeorb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=010 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldset.memory_atomicops_ld | ldset | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=011 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldaddb.memory_atomicops_ld | ldaddb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=000 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldeorh.memory_atomicops_ld | ldeorh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=010 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldsetb.memory_atomicops_ld | ldsetb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=011 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
lduminh.memory_atomicops_ld | lduminh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=111 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldsmin.memory_atomicops_ld | ldsmin | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=101 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldumaxh.memory_atomicops_ld | ldumaxh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=110 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldclrh.memory_atomicops_ld | ldclrh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=001 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldsmaxb.memory_atomicops_ld | ldsmaxb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=100 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldsmaxh.memory_atomicops_ld | ldsmaxh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=100 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldeor.memory_atomicops_ld | ldeor | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=010 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldumax.memory_atomicops_ld | ldumax | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=110 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldumin.memory_atomicops_ld | ldumin | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=111 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldclr.memory_atomicops_ld | ldclr | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=001 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
lduminb.memory_atomicops_ld | lduminb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=111 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldadd.memory_atomicops_ld | ldadd | memory_atomicops_ld | size=1x 111000 A:1 R:1 1 Rs:5 0 opc=000 00 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
ldaddh.memory_atomicops_ld | ldaddh | memory_atomicops_ld | size=01 111000 A:1 R:1 1 Rs:5 0 opc=000 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldclrb.memory_atomicops_ld | ldclrb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=001 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldsminb.memory_atomicops_ld | ldsminb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=101 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldumaxb.memory_atomicops_ld | ldumaxb | memory_atomicops_ld | size=00 111000 A:1 R:1 1 Rs:5 0 opc=110 00 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
sub_addsub_ext.integer_arithmetic_add_sub_extendedreg | sub | integer_arithmetic_add_sub_extendedreg | sf:1 op=1 S=0 01011001 Rm:5 option_name:3 imm3:3 Rn:5 Rd:5 | <rsp:Rd>, <rsp:Rn>, <extreg:Rm:option_name:imm3>
adds_addsub_ext.integer_arithmetic_add_sub_extendedreg | adds | integer_arithmetic_add_sub_extendedreg | sf:1 op=0 S=1 01011001 Rm:5 option_name:3 imm3:3 Rn:5 Rd:5 | <r:Rd>, <rsp:Rn>, <extreg:Rm:option_name:imm3>
subs_addsub_ext.integer_arithmetic_add_sub_extendedreg | subs | integer_arithmetic_add_sub_extendedreg | sf:1 op=1 S=1 01011001 Rm:5 option_name:3 imm3:3 Rn:5 Rd:5 | <r:Rd>, <rsp:Rn>, <extreg:Rm:option_name:imm3>
add_addsub_ext.integer_arithmetic_add_sub_extendedreg | add | integer_arithmetic_add_sub_extendedreg | sf:1 op=0 S=0 01011001 Rm:5 option_name:3 imm3:3 Rn:5 Rd:5 | <rsp:Rd>, <rsp:Rn>, <extreg:Rm:option_name:imm3>
sqshrun_advsimd.vector_shift_right_narrow_nonuniform_sisd | sqshrun | vector_shift_right_narrow_nonuniform_sisd | 011111110 immh:4 immb:3 1000 op=0 1 Rn:5 Rd:5 | <vsh:Rd>, <vshw:Rn>, #<shr:immh:immb>
sqshrun_advsimd.vector_shift_right_narrow_nonuniform_simd | sqshrun | vector_shift_right_narrow_nonuniform_simd | 0 Q:1 1011110 immh:4 immb:3 1000 op=0 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
sqrshrun_advsimd.vector_shift_right_narrow_nonuniform_sisd | sqrshrun | vector_shift_right_narrow_nonuniform_sisd | 011111110 immh:4 immb:3 1000 op=1 1 Rn:5 Rd:5 | <vsh:Rd>, <vshw:Rn>, #<shr:immh:immb>
sqrshrun_advsimd.vector_shift_right_narrow_nonuniform_simd | sqrshrun | vector_shift_right_narrow_nonuniform_simd | 0 Q:1 1011110 immh:4 immb:3 1000 op=1 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
fmla_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp16_sisd | fmla | vector_arithmetic_binary_element_mul_acc_fp16_sisd | 0101111100 L:1 M:1 Rm:4 0 o2=0 01 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmla_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp_sisd | fmla | vector_arithmetic_binary_element_mul_acc_fp_sisd | 010111111 sz:1 L:1 M:1 Rm:4 0 o2=0 01 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmla_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp16_simd | fmla | vector_arithmetic_binary_element_mul_acc_fp16_simd | 0 Q:1 00111100 L:1 M:1 Rm:4 0 o2=0 01 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmla_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp_simd | fmla | vector_arithmetic_binary_element_mul_acc_fp_simd | 0 Q:1 0011111 sz:1 L:1 M:1 Rm:4 0 o2=0 01 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmls_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp16_sisd | fmls | vector_arithmetic_binary_element_mul_acc_fp16_sisd | 0101111100 L:1 M:1 Rm:4 0 o2=1 01 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmls_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp_sisd | fmls | vector_arithmetic_binary_element_mul_acc_fp_sisd | 010111111 sz:1 L:1 M:1 Rm:4 0 o2=1 01 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmls_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp16_simd | fmls | vector_arithmetic_binary_element_mul_acc_fp16_simd | 0 Q:1 00111100 L:1 M:1 Rm:4 0 o2=1 01 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmls_advsimd_elt.vector_arithmetic_binary_element_mul_acc_fp_simd | fmls | vector_arithmetic_binary_element_mul_acc_fp_simd | 0 Q:1 0011111 sz:1 L:1 M:1 Rm:4 0 o2=1 01 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
ssubw_advsimd.vector_arithmetic_binary_disparate_add_sub_wide | ssubw | vector_arithmetic_binary_disparate_add_sub_wide | 0 Q:1 U=0 01110 size:2 1 Rm:5 00 o1=1 100 Rn:5 Rd:5 | <vl:Rd>, <vl:Rn>, <vl2:Rm>
uaddw_advsimd.vector_arithmetic_binary_disparate_add_sub_wide | uaddw | vector_arithmetic_binary_disparate_add_sub_wide | 0 Q:1 U=1 01110 size:2 1 Rm:5 00 o1=0 100 Rn:5 Rd:5 | <vl:Rd>, <vl:Rn>, <vl2:Rm>
usubw_advsimd.vector_arithmetic_binary_disparate_add_sub_wide | usubw | vector_arithmetic_binary_disparate_add_sub_wide | 0 Q:1 U=1 01110 size:2 1 Rm:5 00 o1=1 100 Rn:5 Rd:5 | <vl:Rd>, <vl:Rn>, <vl2:Rm>
saddw_advsimd.vector_arithmetic_binary_disparate_add_sub_wide | saddw | vector_arithmetic_binary_disparate_add_sub_wide | 0 Q:1 U=0 01110 size:2 1 Rm:5 00 o1=0 100 Rn:5 Rd:5 | <vl:Rd>, <vl:Rn>, <vl2:Rm>
rshrn_advsimd.vector_shift_right_narrow_logical | rshrn | vector_shift_right_narrow_logical | 0 Q:1 0011110 immh:4 immb:3 1000 op=1 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
shrn_advsimd.vector_shift_right_narrow_logical | shrn | vector_shift_right_narrow_logical | 0 Q:1 0011110 immh:4 immb:3 1000 op=0 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
cas.memory_atomicops_cas_single | cas | memory_atomicops_cas_single | size=1x 0010001 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
casb.memory_atomicops_cas_single | casb | memory_atomicops_cas_single | size=00 0010001 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
cash.memory_atomicops_cas_single | cash | memory_atomicops_cas_single | size=01 0010001 L:1 1 Rs:5 o0:1 11111 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
uabdl_advsimd.vector_arithmetic_binary_disparate_diff | uabdl | vector_arithmetic_binary_disparate_diff | 0 Q:1 U=1 01110 size:2 1 Rm:5 01 op=1 100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
sabdl_advsimd.vector_arithmetic_binary_disparate_diff | sabdl | vector_arithmetic_binary_disparate_diff | 0 Q:1 U=0 01110 size:2 1 Rm:5 01 op=1 100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
sabal_advsimd.vector_arithmetic_binary_disparate_diff | sabal | vector_arithmetic_binary_disparate_diff | 0 Q:1 U=0 01110 size:2 1 Rm:5 01 op=0 100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
uabal_advsimd.vector_arithmetic_binary_disparate_diff | uabal | vector_arithmetic_binary_disparate_diff | 0 Q:1 U=1 01110 size:2 1 Rm:5 01 op=0 100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
fmul_advsimd_elt.vector_arithmetic_binary_element_mul_fp16_sisd | fmul | vector_arithmetic_binary_element_mul_fp16_sisd | 01 U=0 1111100 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmul_advsimd_elt.vector_arithmetic_binary_element_mul_fp_sisd | fmul | vector_arithmetic_binary_element_mul_fp_sisd | 01 U=0 111111 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmul_advsimd_elt.vector_arithmetic_binary_element_mul_fp16_simd | fmul | vector_arithmetic_binary_element_mul_fp16_simd | 0 Q:1 U=0 0111100 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmul_advsimd_elt.vector_arithmetic_binary_element_mul_fp_simd | fmul | vector_arithmetic_binary_element_mul_fp_simd | 0 Q:1 U=0 011111 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmulx_advsimd_elt.vector_arithmetic_binary_element_mul_fp16_sisd | fmulx | vector_arithmetic_binary_element_mul_fp16_sisd | 01 U=1 1111100 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmulx_advsimd_elt.vector_arithmetic_binary_element_mul_fp_sisd | fmulx | vector_arithmetic_binary_element_mul_fp_sisd | 01 U=1 111111 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
fmulx_advsimd_elt.vector_arithmetic_binary_element_mul_fp16_simd | fmulx | vector_arithmetic_binary_element_mul_fp16_simd | 0 Q:1 U=1 0111100 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmulx_advsimd_elt.vector_arithmetic_binary_element_mul_fp_simd | fmulx | vector_arithmetic_binary_element_mul_fp_simd | 0 Q:1 U=1 011111 sz:1 L:1 M:1 Rm:4 1001 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
cmeq_advsimd_reg.vector_arithmetic_binary_uniform_cmp_bitwise_sisd | cmeq | vector_arithmetic_binary_uniform_cmp_bitwise_sisd | 01 U=1 11110 size:2 1 Rm:5 100011 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
cmeq_advsimd_reg.vector_arithmetic_binary_uniform_cmp_bitwise_simd | cmeq | vector_arithmetic_binary_uniform_cmp_bitwise_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 100011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cmtst_advsimd.vector_arithmetic_binary_uniform_cmp_bitwise_sisd | cmtst | vector_arithmetic_binary_uniform_cmp_bitwise_sisd | 01 U=0 11110 size:2 1 Rm:5 100011 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
cmtst_advsimd.vector_arithmetic_binary_uniform_cmp_bitwise_simd | cmtst | vector_arithmetic_binary_uniform_cmp_bitwise_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 100011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
urhadd_advsimd.vector_arithmetic_binary_uniform_add_halving_rounding | urhadd | vector_arithmetic_binary_uniform_add_halving_rounding | 0 Q:1 U=1 01110 size:2 1 Rm:5 000101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
srhadd_advsimd.vector_arithmetic_binary_uniform_add_halving_rounding | srhadd | vector_arithmetic_binary_uniform_add_halving_rounding | 0 Q:1 U=0 01110 size:2 1 Rm:5 000101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cmge_advsimd_reg.vector_arithmetic_binary_uniform_cmp_int_sisd | cmge | vector_arithmetic_binary_uniform_cmp_int_sisd | 01 U=0 11110 size:2 1 Rm:5 0011 eq=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
cmge_advsimd_reg.vector_arithmetic_binary_uniform_cmp_int_simd | cmge | vector_arithmetic_binary_uniform_cmp_int_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 0011 eq=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cmgt_advsimd_reg.vector_arithmetic_binary_uniform_cmp_int_sisd | cmgt | vector_arithmetic_binary_uniform_cmp_int_sisd | 01 U=0 11110 size:2 1 Rm:5 0011 eq=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
cmgt_advsimd_reg.vector_arithmetic_binary_uniform_cmp_int_simd | cmgt | vector_arithmetic_binary_uniform_cmp_int_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 0011 eq=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cmhs_advsimd.vector_arithmetic_binary_uniform_cmp_int_sisd | cmhs | vector_arithmetic_binary_uniform_cmp_int_sisd | 01 U=1 11110 size:2 1 Rm:5 0011 eq=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
cmhs_advsimd.vector_arithmetic_binary_uniform_cmp_int_simd | cmhs | vector_arithmetic_binary_uniform_cmp_int_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 0011 eq=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cmhi_advsimd.vector_arithmetic_binary_uniform_cmp_int_sisd | cmhi | vector_arithmetic_binary_uniform_cmp_int_sisd | 01 U=1 11110 size:2 1 Rm:5 0011 eq=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
cmhi_advsimd.vector_arithmetic_binary_uniform_cmp_int_simd | cmhi | vector_arithmetic_binary_uniform_cmp_int_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 0011 eq=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
bic_advsimd_reg.vector_arithmetic_binary_uniform_logical_and_orr | bic | vector_arithmetic_binary_uniform_logical_and_orr | 0 Q:1 001110 size=01 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
orn_advsimd.vector_arithmetic_binary_uniform_logical_and_orr | orn | vector_arithmetic_binary_uniform_logical_and_orr | 0 Q:1 001110 size=11 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
and_advsimd.vector_arithmetic_binary_uniform_logical_and_orr | and | vector_arithmetic_binary_uniform_logical_and_orr | 0 Q:1 001110 size=00 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
orr_advsimd_reg.vector_arithmetic_binary_uniform_logical_and_orr | orr | vector_arithmetic_binary_uniform_logical_and_orr | 0 Q:1 001110 size=10 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
rev16_int.integer_arithmetic_rev | rev16 | integer_arithmetic_rev | sf:1 1011010110000000000 opc=01 Rn:5 Rd:5 | <r:Rd>, <r:Rn>
rev32_int.integer_arithmetic_rev | rev32 | integer_arithmetic_rev | sf=1 1011010110000000000 opc=10 Rn:5 Rd:5 | <r:Rd>, <r:Rn>
rev.integer_arithmetic_rev | rev | integer_arithmetic_rev | sf:1 1011010110000000000 opc=1x Rn:5 Rd:5 | <r:Rd>, <r:Rn>
sqdmlsl_advsimd_vec.vector_arithmetic_binary_disparate_mul_dmacc_sisd | sqdmlsl | vector_arithmetic_binary_disparate_mul_dmacc_sisd | 01011110 size:2 1 Rm:5 10 o1=1 100 Rn:5 Rd:5 | <vsw:Rd>, <vs:Rn>, <vs:Rm>
sqdmlsl_advsimd_vec.vector_arithmetic_binary_disparate_mul_dmacc_simd | sqdmlsl | vector_arithmetic_binary_disparate_mul_dmacc_simd | 0 Q:1 001110 size:2 1 Rm:5 10 o1=1 100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
sqdmlal_advsimd_vec.vector_arithmetic_binary_disparate_mul_dmacc_sisd | sqdmlal | vector_arithmetic_binary_disparate_mul_dmacc_sisd | 01011110 size:2 1 Rm:5 10 o1=0 100 Rn:5 Rd:5 | <vsw:Rd>, <vs:Rn>, <vs:Rm>
sqdmlal_advsimd_vec.vector_arithmetic_binary_disparate_mul_dmacc_simd | sqdmlal | vector_arithmetic_binary_disparate_mul_dmacc_simd | 0 Q:1 001110 size:2 1 Rm:5 10 o1=0 100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
fmaxnmp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp16_2008 | fmaxnmp | vector_arithmetic_binary_uniform_max_min_fp16_2008 | 0 Q:1 U=1 01110 a=0 10 Rm:5 000001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmaxnmp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp_2008 | fmaxnmp | vector_arithmetic_binary_uniform_max_min_fp_2008 | 0 Q:1 U=1 01110 o1=0 sz:1 1 Rm:5 110001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fminnm_advsimd.vector_arithmetic_binary_uniform_max_min_fp16_2008 | fminnm | vector_arithmetic_binary_uniform_max_min_fp16_2008 | 0 Q:1 U=0 01110 a=1 10 Rm:5 000001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fminnm_advsimd.vector_arithmetic_binary_uniform_max_min_fp_2008 | fminnm | vector_arithmetic_binary_uniform_max_min_fp_2008 | 0 Q:1 U=0 01110 o1=1 sz:1 1 Rm:5 110001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmaxnm_advsimd.vector_arithmetic_binary_uniform_max_min_fp16_2008 | fmaxnm | vector_arithmetic_binary_uniform_max_min_fp16_2008 | 0 Q:1 U=0 01110 a=0 10 Rm:5 000001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmaxnm_advsimd.vector_arithmetic_binary_uniform_max_min_fp_2008 | fmaxnm | vector_arithmetic_binary_uniform_max_min_fp_2008 | 0 Q:1 U=0 01110 o1=0 sz:1 1 Rm:5 110001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fminnmp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp16_2008 | fminnmp | vector_arithmetic_binary_uniform_max_min_fp16_2008 | 0 Q:1 U=1 01110 a=1 10 Rm:5 000001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fminnmp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp_2008 | fminnmp | vector_arithmetic_binary_uniform_max_min_fp_2008 | 0 Q:1 U=1 01110 o1=1 sz:1 1 Rm:5 110001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
wfe.system_hints | wfe | system_hints | 11010101000000110010 CRm=0000 op2=010 11111 | 
wfi.system_hints | wfi | system_hints | 11010101000000110010 CRm=0000 op2=011 11111 | 
hint.system_hints | hint | system_hints | 11010101000000110010 CRm:4 op2:3 11111 | #<hex:CRm:op2>
nop.system_hints | nop | system_hints | 11010101000000110010 CRm=0000 op2=000 11111 | 
sevl.system_hints | sevl | system_hints | 11010101000000110010 CRm=0000 op2=101 11111 | 
sev.system_hints | sev | system_hints | 11010101000000110010 CRm=0000 op2=100 11111 | 
esb.system_hints | esb | system_hints | 11010101000000110010 CRm=0010 op2=000 11111 | 
yield.system_hints | yield | system_hints | 11010101000000110010 CRm=0000 op2=001 11111 | 
psb.system_hints | psb | system_hints | 11010101000000110010 CRm=0010 op2=001 11111 | 
eret.branch_unconditional_eret | eret | branch_unconditional_eret | 11010110100111110000 A=0 M=0 Rn=11111 op4=00000 | 
ereta.branch_unconditional_eret | ereta | branch_unconditional_eret | 11010110100111110000 A=1 M:1 Rn=11111 op4=11111 | 
fminnmv_advsimd.vector_reduce_fp16_maxnm_simd | fminnmv | vector_reduce_fp16_maxnm_simd | 0 Q:1 001110 o1=1 0110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fminnmv_advsimd.vector_reduce_fp_maxnm_simd | fminnmv | vector_reduce_fp_maxnm_simd | 0 Q:1 101110 o1=1 sz:1 110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fmaxnmv_advsimd.vector_reduce_fp16_maxnm_simd | fmaxnmv | vector_reduce_fp16_maxnm_simd | 0 Q:1 001110 o1=0 0110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fmaxnmv_advsimd.vector_reduce_fp_maxnm_simd | fmaxnmv | vector_reduce_fp_maxnm_simd | 0 Q:1 101110 o1=0 sz:1 110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fmax_float.float_arithmetic_max_min | fmax | float_arithmetic_max_min | 00011110 ftype:2 1 Rm:5 01 op=00 10 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
fmaxnm_float.float_arithmetic_max_min | fmaxnm | float_arithmetic_max_min | 00011110 ftype:2 1 Rm:5 01 op=10 10 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
fmin_float.float_arithmetic_max_min | fmin | float_arithmetic_max_min | 00011110 ftype:2 1 Rm:5 01 op=01 10 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
fminnm_float.float_arithmetic_max_min | fminnm | float_arithmetic_max_min | 00011110 ftype:2 1 Rm:5 01 op=11 10 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
sbfm.integer_bitfield | sbfm | integer_bitfield | sf:1 opc=00 100110 N:1 immr:6 imms:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, #<u:immr>, #<u:imms>
ubfm.integer_bitfield | ubfm | integer_bitfield | sf:1 opc=10 100110 N:1 immr:6 imms:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, #<u:immr>, #<u:imms>
bfm.integer_bitfield | bfm | integer_bitfield | sf:1 opc=01 100110 N:1 immr:6 imms:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, #<u:immr>, #<u:imms>
rev64_advsimd.vector_arithmetic_unary_rev | rev64 | vector_arithmetic_unary_rev | 0 Q:1 U=0 01110 size:2 100000000 o0=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
rev32_advsimd.vector_arithmetic_unary_rev | rev32 | vector_arithmetic_unary_rev | 0 Q:1 U=1 01110 size:2 100000000 o0=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
rev16_advsimd.vector_arithmetic_unary_rev | rev16 | vector_arithmetic_unary_rev | 0 Q:1 U=0 01110 size:2 100000000 o0=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sqdmlsl_advsimd_elt.vector_arithmetic_binary_element_mul_acc_double_sisd | sqdmlsl | vector_arithmetic_binary_element_mul_acc_double_sisd | 01011111 size:2 L:1 M:1 Rm:4 0 o2=1 11 H:1 0 Rn:5 Rd:5 | <vsw:Rd>, <vs:Rn>, <velem:Rm>
sqdmlsl_advsimd_elt.vector_arithmetic_binary_element_mul_acc_double_simd | sqdmlsl | vector_arithmetic_binary_element_mul_acc_double_simd | 0 Q:1 001111 size:2 L:1 M:1 Rm:4 0 o2=1 11 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
sqdmlal_advsimd_elt.vector_arithmetic_binary_element_mul_acc_double_sisd | sqdmlal | vector_arithmetic_binary_element_mul_acc_double_sisd | 01011111 size:2 L:1 M:1 Rm:4 0 o2=0 11 H:1 0 Rn:5 Rd:5 | <vsw:Rd>, <vs:Rn>, <velem:Rm>
sqdmlal_advsimd_elt.vector_arithmetic_binary_element_mul_acc_double_simd | sqdmlal | vector_arithmetic_binary_element_mul_acc_double_simd | 0 Q:1 001111 size:2 L:1 M:1 Rm:4 0 o2=0 11 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
adcs.integer_arithmetic_add_sub_carry | adcs | integer_arithmetic_add_sub_carry | sf:1 op=0 S=1 11010000 Rm:5 000000 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
adc.integer_arithmetic_add_sub_carry | adc | integer_arithmetic_add_sub_carry | sf:1 op=0 S=0 11010000 Rm:5 000000 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
sbcs.integer_arithmetic_add_sub_carry | sbcs | integer_arithmetic_add_sub_carry | sf:1 op=1 S=1 11010000 Rm:5 000000 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
sbc.integer_arithmetic_add_sub_carry | sbc | integer_arithmetic_add_sub_carry | sf:1 op=1 S=0 11010000 Rm:5 000000 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
fmin_advsimd.vector_arithmetic_binary_uniform_max_min_fp16_1985 | fmin | vector_arithmetic_binary_uniform_max_min_fp16_1985 | 0 Q:1 U=0 01110 o1=1 10 Rm:5 001101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmin_advsimd.vector_arithmetic_binary_uniform_max_min_fp_1985 | fmin | vector_arithmetic_binary_uniform_max_min_fp_1985 | 0 Q:1 U=0 01110 o1=1 sz:1 1 Rm:5 111101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmax_advsimd.vector_arithmetic_binary_uniform_max_min_fp16_1985 | fmax | vector_arithmetic_binary_uniform_max_min_fp16_1985 | 0 Q:1 U=0 01110 o1=0 10 Rm:5 001101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmax_advsimd.vector_arithmetic_binary_uniform_max_min_fp_1985 | fmax | vector_arithmetic_binary_uniform_max_min_fp_1985 | 0 Q:1 U=0 01110 o1=0 sz:1 1 Rm:5 111101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fminp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp16_1985 | fminp | vector_arithmetic_binary_uniform_max_min_fp16_1985 | 0 Q:1 U=1 01110 o1=1 10 Rm:5 001101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fminp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp_1985 | fminp | vector_arithmetic_binary_uniform_max_min_fp_1985 | 0 Q:1 U=1 01110 o1=1 sz:1 1 Rm:5 111101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmaxp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp16_1985 | fmaxp | vector_arithmetic_binary_uniform_max_min_fp16_1985 | 0 Q:1 U=1 01110 o1=0 10 Rm:5 001101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmaxp_advsimd_vec.vector_arithmetic_binary_uniform_max_min_fp_1985 | fmaxp | vector_arithmetic_binary_uniform_max_min_fp_1985 | 0 Q:1 U=1 01110 o1=0 sz:1 1 Rm:5 111101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
umaxv_advsimd.vector_reduce_int_max | umaxv | vector_reduce_int_max | 0 Q:1 U=1 01110 size:2 11000 op=0 101010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
sminv_advsimd.vector_reduce_int_max | sminv | vector_reduce_int_max | 0 Q:1 U=0 01110 size:2 11000 op=1 101010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
uminv_advsimd.vector_reduce_int_max | uminv | vector_reduce_int_max | 0 Q:1 U=1 01110 size:2 11000 op=1 101010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
smaxv_advsimd.vector_reduce_int_max | smaxv | vector_reduce_int_max | 0 Q:1 U=0 01110 size:2 11000 op=0 101010 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
rbit_int.integer_arithmetic_rbit | rbit | integer_arithmetic_rbit | sf:1 101101011000000000000 Rn:5 Rd:5 | <r:Rd>, <r:Rn>
fccmpe_float.float_compare_cond | fccmpe | float_compare_cond | 00011110 ftype:2 1 Rm:5 cond:4 01 Rn:5 op=1 nzcv:4 | <fp:Rn>, <fp:Rm>, #<u:nzcv>, <cond:cond>
fccmp_float.float_compare_cond | fccmp | float_compare_cond | 00011110 ftype:2 1 Rm:5 cond:4 01 Rn:5 op=0 nzcv:4 | <fp:Rn>, <fp:Rm>, #<u:nzcv>, <cond:cond>
mls_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_accum | mls | vector_arithmetic_binary_uniform_mul_int_accum | 0 Q:1 U=1 01110 size:2 1 Rm:5 100101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
mla_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_accum | mla | vector_arithmetic_binary_uniform_mul_int_accum | 0 Q:1 U=0 01110 size:2 1 Rm:5 100101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
ins_advsimd_elt.vector_transfer_vector_insert | ins | vector_transfer_vector_insert | 01101110000 imm5:5 0 imm4:4 1 Rn:5 Rd:5 | <velt5:Rd>, <velt54:Rn>
pmull_advsimd.vector_arithmetic_binary_disparate_mul_poly | pmull | vector_arithmetic_binary_disparate_mul_poly | 0 Q:1 001110 size:2 1 Rm:5 111000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
prfm_reg.memory_single_general_register | prfm | memory_single_general_register | size=11 111000 opc=10 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <prfop:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
str_reg_gen.memory_single_general_register | str | memory_single_general_register | size=1x 111000 opc=00 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
ldrsw_reg.memory_single_general_register | ldrsw | memory_single_general_register | size=10 111000 opc=10 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
ldrb_reg.memory_single_general_register | ldrb | memory_single_general_register | size=00 111000 opc=01 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
ldrsb_reg.memory_single_general_register | ldrsb | memory_single_general_register | size=00 111000 opc=1x 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
strb_reg.memory_single_general_register | strb | memory_single_general_register | size=00 111000 opc=00 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
strh_reg.memory_single_general_register | strh | memory_single_general_register | size=01 111000 opc=00 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
ldrh_reg.memory_single_general_register | ldrh | memory_single_general_register | size=01 111000 opc=01 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
ldrsh_reg.memory_single_general_register | ldrsh | memory_single_general_register | size=01 111000 opc=1x 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
ldr_reg_gen.memory_single_general_register | ldr | memory_single_general_register | size=1x 111000 opc=01 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
fmaxv_advsimd.vector_reduce_fp16_max_simd | fmaxv | vector_reduce_fp16_max_simd | 0 Q:1 001110 o1=0 0110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fmaxv_advsimd.vector_reduce_fp_max_simd | fmaxv | vector_reduce_fp_max_simd | 0 Q:1 101110 o1=0 sz:1 110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fminv_advsimd.vector_reduce_fp16_max_simd | fminv | vector_reduce_fp16_max_simd | 0 Q:1 001110 o1=1 0110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fminv_advsimd.vector_reduce_fp_max_simd | fminv | vector_reduce_fp_max_simd | 0 Q:1 101110 o1=1 sz:1 110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
fmul_float.float_arithmetic_mul_product | fmul | float_arithmetic_mul_product | 00011110 ftype:2 1 Rm:5 op=0 00010 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
fnmul_float.float_arithmetic_mul_product | fnmul | float_arithmetic_mul_product | 00011110 ftype:2 1 Rm:5 op=1 00010 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
sqneg_advsimd.vector_arithmetic_unary_diff_neg_sat_sisd | sqneg | vector_arithmetic_unary_diff_neg_sat_sisd | 01 U=1 11110 size:2 100000011110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
sqneg_advsimd.vector_arithmetic_unary_diff_neg_sat_simd | sqneg | vector_arithmetic_unary_diff_neg_sat_simd | 0 Q:1 U=1 01110 size:2 100000011110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sqabs_advsimd.vector_arithmetic_unary_diff_neg_sat_sisd | sqabs | vector_arithmetic_unary_diff_neg_sat_sisd | 01 U=0 11110 size:2 100000011110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
sqabs_advsimd.vector_arithmetic_unary_diff_neg_sat_simd | sqabs | vector_arithmetic_unary_diff_neg_sat_simd | 0 Q:1 U=0 01110 size:2 100000011110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
udot_advsimd_elt.vector_arithmetic_binary_element_dotp | udot | vector_arithmetic_binary_element_dotp | 0 Q:1 U=1 01111 size:2 L:1 M:1 Rm:4 1110 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
sdot_advsimd_elt.vector_arithmetic_binary_element_dotp | sdot | vector_arithmetic_binary_element_dotp | 0 Q:1 U=0 01111 size:2 L:1 M:1 Rm:4 1110 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fcmpe_float.float_compare_uncond | fcmpe | float_compare_uncond | 00011110 ftype:2 1 Rm:5 001000 Rn:5 opc=1x 000 | <fp:Rn>, <fpcmp:Rm:opc>
fcmp_float.float_compare_uncond | fcmp | float_compare_uncond | 00011110 ftype:2 1 Rm:5 001000 Rn:5 opc=0x 000 | <fp:Rn>, <fpcmp:Rm:opc>
fcvtzu_advsimd_int.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtzu | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=1 11110 o2=1 1111001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtzu_advsimd_int.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtzu | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=1 11110 o2=1 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtzu_advsimd_int.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtzu | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=1 1111001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtzu_advsimd_int.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtzu | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=1 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtms_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtms | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=0 11110 o2=0 1111001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtms_advsimd.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtms | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=0 11110 o2=0 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtms_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtms | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=0 1111001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtms_advsimd.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtms | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=0 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtns_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtns | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=0 11110 o2=0 1111001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtns_advsimd.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtns | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=0 11110 o2=0 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtns_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtns | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=0 1111001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtns_advsimd.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtns | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=0 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtps_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtps | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=0 11110 o2=1 1111001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtps_advsimd.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtps | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=0 11110 o2=1 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtps_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtps | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=1 1111001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtps_advsimd.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtps | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=1 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtmu_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtmu | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=1 11110 o2=0 1111001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtmu_advsimd.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtmu | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=1 11110 o2=0 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtmu_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtmu | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=0 1111001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtmu_advsimd.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtmu | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=0 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtpu_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtpu | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=1 11110 o2=1 1111001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtpu_advsimd.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtpu | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=1 11110 o2=1 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtpu_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtpu | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=1 1111001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtpu_advsimd.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtpu | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=1 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtzs_advsimd_int.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtzs | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=0 11110 o2=1 1111001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtzs_advsimd_int.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtzs | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=0 11110 o2=1 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtzs_advsimd_int.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtzs | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=1 1111001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtzs_advsimd_int.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtzs | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=0 01110 o2=1 sz:1 100001101 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtnu_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_sisd | fcvtnu | vector_arithmetic_unary_fp16_conv_float_bulk_sisd | 01 U=1 11110 o2=0 1111001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtnu_advsimd.vector_arithmetic_unary_float_conv_float_bulk_sisd | fcvtnu | vector_arithmetic_unary_float_conv_float_bulk_sisd | 01 U=1 11110 o2=0 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtnu_advsimd.vector_arithmetic_unary_fp16_conv_float_bulk_simd | fcvtnu | vector_arithmetic_unary_fp16_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=0 1111001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtnu_advsimd.vector_arithmetic_unary_float_conv_float_bulk_simd | fcvtnu | vector_arithmetic_unary_float_conv_float_bulk_simd | 0 Q:1 U=1 01110 o2=0 sz:1 100001101 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
ccmp_imm.integer_conditional_compare_immediate | ccmp | integer_conditional_compare_immediate | sf:1 op=1 111010010 imm5:5 cond:4 10 Rn:5 0 nzcv:4 | <r:Rn>, #<u:imm5>, #<u:nzcv>, <cond:cond>
ccmn_imm.integer_conditional_compare_immediate | ccmn | integer_conditional_compare_immediate | sf:1 op=0 111010010 imm5:5 cond:4 10 Rn:5 0 nzcv:4 | <r:Rn>, #<u:imm5>, #<u:nzcv>, <cond:cond>
udiv.integer_arithmetic_div | udiv | integer_arithmetic_div | sf:1 0011010110 Rm:5 00001 o1=0 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
sdiv.integer_arithmetic_div | sdiv | integer_arithmetic_div | sf:1 0011010110 Rm:5 00001 o1=1 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
sqrshl_advsimd.vector_arithmetic_binary_uniform_shift_sisd | sqrshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=0 11110 size:2 1 Rm:5 010 R=1 S=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqrshl_advsimd.vector_arithmetic_binary_uniform_shift_simd | sqrshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 010 R=1 S=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sqshl_advsimd_reg.vector_arithmetic_binary_uniform_shift_sisd | sqshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=0 11110 size:2 1 Rm:5 010 R=0 S=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqshl_advsimd_reg.vector_arithmetic_binary_uniform_shift_simd | sqshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 010 R=0 S=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
urshl_advsimd.vector_arithmetic_binary_uniform_shift_sisd | urshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=1 11110 size:2 1 Rm:5 010 R=1 S=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
urshl_advsimd.vector_arithmetic_binary_uniform_shift_simd | urshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 010 R=1 S=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uqrshl_advsimd.vector_arithmetic_binary_uniform_shift_sisd | uqrshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=1 11110 size:2 1 Rm:5 010 R=1 S=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
uqrshl_advsimd.vector_arithmetic_binary_uniform_shift_simd | uqrshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 010 R=1 S=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uqshl_advsimd_reg.vector_arithmetic_binary_uniform_shift_sisd | uqshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=1 11110 size:2 1 Rm:5 010 R=0 S=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
uqshl_advsimd_reg.vector_arithmetic_binary_uniform_shift_simd | uqshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 010 R=0 S=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
srshl_advsimd.vector_arithmetic_binary_uniform_shift_sisd | srshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=0 11110 size:2 1 Rm:5 010 R=1 S=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
srshl_advsimd.vector_arithmetic_binary_uniform_shift_simd | srshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 010 R=1 S=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sshl_advsimd.vector_arithmetic_binary_uniform_shift_sisd | sshl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=0 11110 size:2 1 Rm:5 010 R=0 S=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sshl_advsimd.vector_arithmetic_binary_uniform_shift_simd | sshl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 010 R=0 S=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
ushl_advsimd.vector_arithmetic_binary_uniform_shift_sisd | ushl | vector_arithmetic_binary_uniform_shift_sisd | 01 U=1 11110 size:2 1 Rm:5 010 R=0 S=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
ushl_advsimd.vector_arithmetic_binary_uniform_shift_simd | ushl | vector_arithmetic_binary_uniform_shift_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 010 R=0 S=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
swp.memory_atomicops_swp | swp | memory_atomicops_swp | size=1x 111000 A:1 R:1 1 Rs:5 100000 Rn:5 Rt:5 | <rsz:Rs>, <rsz:Rt>, [<base:Rn>]
swph.memory_atomicops_swp | swph | memory_atomicops_swp | size=01 111000 A:1 R:1 1 Rs:5 100000 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
swpb.memory_atomicops_swp | swpb | memory_atomicops_swp | size=00 111000 A:1 R:1 1 Rs:5 100000 Rn:5 Rt:5 | <w:Rs>, <w:Rt>, [<base:Rn>]
ldtr.memory_single_general_immediate_signed_offset_unpriv | ldtr | memory_single_general_immediate_signed_offset_unpriv | size=1x 111000 opc=01 0 imm9:9 10 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldtrsw.memory_single_general_immediate_signed_offset_unpriv | ldtrsw | memory_single_general_immediate_signed_offset_unpriv | size=10 111000 opc=10 0 imm9:9 10 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>{, #<simm:imm9>}]
sttrh.memory_single_general_immediate_signed_offset_unpriv | sttrh | memory_single_general_immediate_signed_offset_unpriv | size=01 111000 opc=00 0 imm9:9 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldtrb.memory_single_general_immediate_signed_offset_unpriv | ldtrb | memory_single_general_immediate_signed_offset_unpriv | size=00 111000 opc=01 0 imm9:9 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldtrsb.memory_single_general_immediate_signed_offset_unpriv | ldtrsb | memory_single_general_immediate_signed_offset_unpriv | size=00 111000 opc=1x 0 imm9:9 10 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldtrsh.memory_single_general_immediate_signed_offset_unpriv | ldtrsh | memory_single_general_immediate_signed_offset_unpriv | size=01 111000 opc=1x 0 imm9:9 10 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>{, #<simm:imm9>}]
sttrb.memory_single_general_immediate_signed_offset_unpriv | sttrb | memory_single_general_immediate_signed_offset_unpriv | size=00 111000 opc=00 0 imm9:9 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
sttr.memory_single_general_immediate_signed_offset_unpriv | sttr | memory_single_general_immediate_signed_offset_unpriv | size=1x 111000 opc=00 0 imm9:9 10 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>{, #<simm:imm9>}]
ldtrh.memory_single_general_immediate_signed_offset_unpriv | ldtrh | memory_single_general_immediate_signed_offset_unpriv | size=01 111000 opc=01 0 imm9:9 10 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<simm:imm9>}]
fnmadd_float.float_arithmetic_mul_add_sub | fnmadd | float_arithmetic_mul_add_sub | 00011111 ftype:2 o1=1 Rm:5 o0=0 Ra:5 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>, <fp:Ra>
fnmsub_float.float_arithmetic_mul_add_sub | fnmsub | float_arithmetic_mul_add_sub | 00011111 ftype:2 o1=1 Rm:5 o0=1 Ra:5 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>, <fp:Ra>
fmsub_float.float_arithmetic_mul_add_sub | fmsub | float_arithmetic_mul_add_sub | 00011111 ftype:2 o1=0 Rm:5 o0=1 Ra:5 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>, <fp:Ra>
fmadd_float.float_arithmetic_mul_add_sub | fmadd | float_arithmetic_mul_add_sub | 00011111 ftype:2 o1=0 Rm:5 o0=0 Ra:5 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>, <fp:Ra>
cbnz.branch_conditional_compare | cbnz | branch_conditional_compare | sf:1 011010 op=1 imm19:19 Rt:5 | <r:Rt>, <label:imm19>
cbz.branch_conditional_compare | cbz | branch_conditional_compare | sf:1 011010 op=0 imm19:19 Rt:5 | <r:Rt>, <label:imm19>
ld1_advsimd_sngl.memory_vector_single_no_wb | ld1 | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=0 00000 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
ld1_advsimd_sngl.memory_vector_single_post_inc | ld1 | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=0 Rm:5 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
st3_advsimd_sngl.memory_vector_single_no_wb | st3 | memory_vector_single_no_wb | 0 Q:1 0011010 L=0 R=0 00000 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
st3_advsimd_sngl.memory_vector_single_post_inc | st3 | memory_vector_single_post_inc | 0 Q:1 0011011 L=0 R=0 Rm:5 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
ld4_advsimd_sngl.memory_vector_single_no_wb | ld4 | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=1 00000 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
ld4_advsimd_sngl.memory_vector_single_post_inc | ld4 | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=1 Rm:5 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
ld3r_advsimd.memory_vector_single_no_wb | ld3r | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=0 00000 opcode=111 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld3r_advsimd.memory_vector_single_post_inc | ld3r | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=0 Rm:5 opcode=111 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
st1_advsimd_sngl.memory_vector_single_no_wb | st1 | memory_vector_single_no_wb | 0 Q:1 0011010 L=0 R=0 00000 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
st1_advsimd_sngl.memory_vector_single_post_inc | st1 | memory_vector_single_post_inc | 0 Q:1 0011011 L=0 R=0 Rm:5 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
ld4r_advsimd.memory_vector_single_no_wb | ld4r | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=1 00000 opcode=111 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld4r_advsimd.memory_vector_single_post_inc | ld4r | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=1 Rm:5 opcode=111 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
ld3_advsimd_sngl.memory_vector_single_no_wb | ld3 | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=0 00000 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
ld3_advsimd_sngl.memory_vector_single_post_inc | ld3 | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=0 Rm:5 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
ld1r_advsimd.memory_vector_single_no_wb | ld1r | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=0 00000 opcode=110 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld1r_advsimd.memory_vector_single_post_inc | ld1r | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=0 Rm:5 opcode=110 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
ld2_advsimd_sngl.memory_vector_single_no_wb | ld2 | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=1 00000 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
ld2_advsimd_sngl.memory_vector_single_post_inc | ld2 | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=1 Rm:5 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
ld2r_advsimd.memory_vector_single_no_wb | ld2r | memory_vector_single_no_wb | 0 Q:1 0011010 L=1 R=1 00000 opcode=110 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>]
ld2r_advsimd.memory_vector_single_post_inc | ld2r | memory_vector_single_post_inc | 0 Q:1 0011011 L=1 R=1 Rm:5 opcode=110 S=0 size:2 Rn:5 Rt:5 | <vlist:Rt>, [<base:Rn>], <postinc:Rm>
st2_advsimd_sngl.memory_vector_single_no_wb | st2 | memory_vector_single_no_wb | 0 Q:1 0011010 L=0 R=1 00000 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
st2_advsimd_sngl.memory_vector_single_post_inc | st2 | memory_vector_single_post_inc | 0 Q:1 0011011 L=0 R=1 Rm:5 opcode=xx0 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
st4_advsimd_sngl.memory_vector_single_no_wb | st4 | memory_vector_single_no_wb | 0 Q:1 0011010 L=0 R=1 00000 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>]
st4_advsimd_sngl.memory_vector_single_post_inc | st4 | memory_vector_single_post_inc | 0 Q:1 0011011 L=0 R=1 Rm:5 opcode=xx1 S:1 size:2 Rn:5 Rt:5 | <velist:Rt>, [<base:Rn>], <postinc:Rm>
uqrshrn_advsimd.vector_shift_right_narrow_uniform_sisd | uqrshrn | vector_shift_right_narrow_uniform_sisd | 01 U=1 111110 immh:4 immb:3 1001 op=1 1 Rn:5 Rd:5 | <vsh:Rd>, <vshw:Rn>, #<shr:immh:immb>
uqrshrn_advsimd.vector_shift_right_narrow_uniform_simd | uqrshrn | vector_shift_right_narrow_uniform_simd | 0 Q:1 U=1 011110 immh:4 immb:3 1001 op=1 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
sqshrn_advsimd.vector_shift_right_narrow_uniform_sisd | sqshrn | vector_shift_right_narrow_uniform_sisd | 01 U=0 111110 immh:4 immb:3 1001 op=0 1 Rn:5 Rd:5 | <vsh:Rd>, <vshw:Rn>, #<shr:immh:immb>
sqshrn_advsimd.vector_shift_right_narrow_uniform_simd | sqshrn | vector_shift_right_narrow_uniform_simd | 0 Q:1 U=0 011110 immh:4 immb:3 1001 op=0 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
uqshrn_advsimd.vector_shift_right_narrow_uniform_sisd | uqshrn | vector_shift_right_narrow_uniform_sisd | 01 U=1 111110 immh:4 immb:3 1001 op=0 1 Rn:5 Rd:5 | <vsh:Rd>, <vshw:Rn>, #<shr:immh:immb>
uqshrn_advsimd.vector_shift_right_narrow_uniform_simd | uqshrn | vector_shift_right_narrow_uniform_simd | 0 Q:1 U=1 011110 immh:4 immb:3 1001 op=0 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
sqrshrn_advsimd.vector_shift_right_narrow_uniform_sisd | sqrshrn | vector_shift_right_narrow_uniform_sisd | 01 U=0 111110 immh:4 immb:3 1001 op=1 1 Rn:5 Rd:5 | <vsh:Rd>, <vshw:Rn>, #<shr:immh:immb>
sqrshrn_advsimd.vector_shift_right_narrow_uniform_simd | sqrshrn | vector_shift_right_narrow_uniform_simd | 0 Q:1 U=0 011110 immh:4 immb:3 1001 op=1 1 Rn:5 Rd:5 !22:19=0000 | <vnarrowh:Rd>, <vwideh:Rn>, #<shr:immh:immb>
ushll_advsimd.vector_shift_left_long | ushll | vector_shift_left_long | 0 Q:1 U=1 011110 immh:4 immb:3 101001 Rn:5 Rd:5 !22:19=0000 | <vwideh:Rd>, <vnarrowh:Rn>, #<shl:immh:immb>
sshll_advsimd.vector_shift_left_long | sshll | vector_shift_left_long | 0 Q:1 U=0 011110 immh:4 immb:3 101001 Rn:5 Rd:5 !22:19=0000 | <vwideh:Rd>, <vnarrowh:Rn>, #<shl:immh:immb>
sha1su1_advsimd.vector_crypto_sha2op_sha1_sched1 | sha1su1 | vector_crypto_sha2op_sha1_sched1 | 0101111000101000000110 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>
sqrdmlah_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_accum_sisd | sqrdmlah | vector_arithmetic_binary_uniform_mul_int_doubling_accum_sisd | 01111110 size:2 0 Rm:5 1000 S=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqrdmlah_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_accum_simd | sqrdmlah | vector_arithmetic_binary_uniform_mul_int_doubling_accum_simd | 0 Q:1 101110 size:2 0 Rm:5 1000 S=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sqrdmlsh_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_accum_sisd | sqrdmlsh | vector_arithmetic_binary_uniform_mul_int_doubling_accum_sisd | 01111110 size:2 0 Rm:5 1000 S=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqrdmlsh_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_doubling_accum_simd | sqrdmlsh | vector_arithmetic_binary_uniform_mul_int_doubling_accum_simd | 0 Q:1 101110 size:2 0 Rm:5 1000 S=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sqshl_advsimd_imm.vector_shift_left_sat_sisd | sqshl | vector_shift_left_sat_sisd | 01 U=0 111110 immh:4 immb:3 011 op=1 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shl:immh:immb>
sqshl_advsimd_imm.vector_shift_left_sat_simd | sqshl | vector_shift_left_sat_simd | 0 Q:1 U=0 011110 immh:4 immb:3 011 op=1 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shl:immh:immb>
sqshlu_advsimd.vector_shift_left_sat_sisd | sqshlu | vector_shift_left_sat_sisd | 01 U=1 111110 immh:4 immb:3 011 op=0 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shl:immh:immb>
sqshlu_advsimd.vector_shift_left_sat_simd | sqshlu | vector_shift_left_sat_simd | 0 Q:1 U=1 011110 immh:4 immb:3 011 op=0 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shl:immh:immb>
uqshl_advsimd_imm.vector_shift_left_sat_sisd | uqshl | vector_shift_left_sat_sisd | 01 U=1 111110 immh:4 immb:3 011 op=1 01 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shl:immh:immb>
uqshl_advsimd_imm.vector_shift_left_sat_simd | uqshl | vector_shift_left_sat_simd | 0 Q:1 U=1 011110 immh:4 immb:3 011 op=1 01 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shl:immh:immb>
addv_advsimd.vector_reduce_add_simd | addv | vector_reduce_add_simd | 0 Q:1 001110 size:2 110001101110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
uaddl_advsimd.vector_arithmetic_binary_disparate_add_sub_long | uaddl | vector_arithmetic_binary_disparate_add_sub_long | 0 Q:1 U=1 01110 size:2 1 Rm:5 00 o1=0 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
ssubl_advsimd.vector_arithmetic_binary_disparate_add_sub_long | ssubl | vector_arithmetic_binary_disparate_add_sub_long | 0 Q:1 U=0 01110 size:2 1 Rm:5 00 o1=1 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
usubl_advsimd.vector_arithmetic_binary_disparate_add_sub_long | usubl | vector_arithmetic_binary_disparate_add_sub_long | 0 Q:1 U=1 01110 size:2 1 Rm:5 00 o1=1 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
saddl_advsimd.vector_arithmetic_binary_disparate_add_sub_long | saddl | vector_arithmetic_binary_disparate_add_sub_long | 0 Q:1 U=0 01110 size:2 1 Rm:5 00 o1=0 000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
fcmeq_advsimd_zero.vector_arithmetic_unary_cmp_fp16_bulk_sisd | fcmeq | vector_arithmetic_unary_cmp_fp16_bulk_sisd | 01 U=0 1111011111000110 op=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmeq_advsimd_zero.vector_arithmetic_unary_cmp_float_bulk_sisd | fcmeq | vector_arithmetic_unary_cmp_float_bulk_sisd | 01 U=0 111101 sz:1 100000110 op=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmeq_advsimd_zero.vector_arithmetic_unary_cmp_fp16_bulk_simd | fcmeq | vector_arithmetic_unary_cmp_fp16_bulk_simd | 0 Q:1 U=0 0111011111000110 op=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmeq_advsimd_zero.vector_arithmetic_unary_cmp_float_bulk_simd | fcmeq | vector_arithmetic_unary_cmp_float_bulk_simd | 0 Q:1 U=0 011101 sz:1 100000110 op=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmge_advsimd_zero.vector_arithmetic_unary_cmp_fp16_bulk_sisd | fcmge | vector_arithmetic_unary_cmp_fp16_bulk_sisd | 01 U=1 1111011111000110 op=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmge_advsimd_zero.vector_arithmetic_unary_cmp_float_bulk_sisd | fcmge | vector_arithmetic_unary_cmp_float_bulk_sisd | 01 U=1 111101 sz:1 100000110 op=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmge_advsimd_zero.vector_arithmetic_unary_cmp_fp16_bulk_simd | fcmge | vector_arithmetic_unary_cmp_fp16_bulk_simd | 0 Q:1 U=1 0111011111000110 op=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmge_advsimd_zero.vector_arithmetic_unary_cmp_float_bulk_simd | fcmge | vector_arithmetic_unary_cmp_float_bulk_simd | 0 Q:1 U=1 011101 sz:1 100000110 op=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmle_advsimd.vector_arithmetic_unary_cmp_fp16_bulk_sisd | fcmle | vector_arithmetic_unary_cmp_fp16_bulk_sisd | 01 U=1 1111011111000110 op=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmle_advsimd.vector_arithmetic_unary_cmp_float_bulk_sisd | fcmle | vector_arithmetic_unary_cmp_float_bulk_sisd | 01 U=1 111101 sz:1 100000110 op=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmle_advsimd.vector_arithmetic_unary_cmp_fp16_bulk_simd | fcmle | vector_arithmetic_unary_cmp_fp16_bulk_simd | 0 Q:1 U=1 0111011111000110 op=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmle_advsimd.vector_arithmetic_unary_cmp_float_bulk_simd | fcmle | vector_arithmetic_unary_cmp_float_bulk_simd | 0 Q:1 U=1 011101 sz:1 100000110 op=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmgt_advsimd_zero.vector_arithmetic_unary_cmp_fp16_bulk_sisd | fcmgt | vector_arithmetic_unary_cmp_fp16_bulk_sisd | 01 U=0 1111011111000110 op=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmgt_advsimd_zero.vector_arithmetic_unary_cmp_float_bulk_sisd | fcmgt | vector_arithmetic_unary_cmp_float_bulk_sisd | 01 U=0 111101 sz:1 100000110 op=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmgt_advsimd_zero.vector_arithmetic_unary_cmp_fp16_bulk_simd | fcmgt | vector_arithmetic_unary_cmp_fp16_bulk_simd | 0 Q:1 U=0 0111011111000110 op=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmgt_advsimd_zero.vector_arithmetic_unary_cmp_float_bulk_simd | fcmgt | vector_arithmetic_unary_cmp_float_bulk_simd | 0 Q:1 U=0 011101 sz:1 100000110 op=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
stumaxb.memory_atomicops_st | stumaxb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=110 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
steor.memory_atomicops_st | steor | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=010 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
stclrh.memory_atomicops_st | stclrh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=001 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stadd.memory_atomicops_st | stadd | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=000 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
stuminb.memory_atomicops_st | stuminb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=111 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsminb.memory_atomicops_st | stsminb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=101 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stclr.memory_atomicops_st | stclr | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=001 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
stclrb.memory_atomicops_st | stclrb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=001 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsmin.memory_atomicops_st | stsmin | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=101 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
stumin.memory_atomicops_st | stumin | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=111 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
staddb.memory_atomicops_st | staddb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=000 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsminh.memory_atomicops_st | stsminh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=101 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsmaxh.memory_atomicops_st | stsmaxh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=100 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsetb.memory_atomicops_st | stsetb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=011 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stuminh.memory_atomicops_st | stuminh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=111 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsmaxb.memory_atomicops_st | stsmaxb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=100 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stsmax.memory_atomicops_st | stsmax | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=100 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
steorh.memory_atomicops_st | steorh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=010 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stseth.memory_atomicops_st | stseth | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=011 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stset.memory_atomicops_st | stset | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=011 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
steorb.memory_atomicops_st | steorb | memory_atomicops_st | size=00 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=010 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
staddh.memory_atomicops_st | staddh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=000 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stumaxh.memory_atomicops_st | stumaxh | memory_atomicops_st | size=01 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=110 00 Rn:5 11111 | <w:Rs>, [<base:Rn>]
stumax.memory_atomicops_st | stumax | memory_atomicops_st | size=1x 111 V=0 00 A=0 R:1 1 Rs:5 o3=0 opc=110 00 Rn:5 11111 | <rsz:Rs>, [<base:Rn>]
smov_advsimd.vector_transfer_integer_move_signed | smov | vector_transfer_integer_move_signed | 0 Q:1 001110000 imm5:5 001011 Rn:5 Rd:5 | <rQ:Rd>, <velt5:Rn>
fsub_float.float_arithmetic_add_sub | fsub | float_arithmetic_add_sub | 00011110 ftype:2 1 Rm:5 001 op=1 10 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
fadd_float.float_arithmetic_add_sub | fadd | float_arithmetic_add_sub | 00011110 ftype:2 1 Rm:5 001 op=0 10 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
dcps3.system_exceptions_debug_exception | dcps3 | system_exceptions_debug_exception | 11010100101 imm16:16 000 LL=11 | #<hex:imm16>
dcps2.system_exceptions_debug_exception | dcps2 | system_exceptions_debug_exception | 11010100101 imm16:16 000 LL=10 | #<hex:imm16>
dcps1.system_exceptions_debug_exception | dcps1 | system_exceptions_debug_exception | 11010100101 imm16:16 000 LL=01 | #<hex:imm16>
sm4ekey_advsimd.vector_crypto_sm4_sm4enckey | sm4ekey | vector_crypto_sm4_sm4enckey | 11001110011 Rm:5 110010 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>, <v4s:Rm>
fcvtmu_float.float_convert_int | fcvtmu | float_convert_int | sf:1 0011110 ftype:2 1 rmode=10 opcode=001 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
scvtf_float_int.float_convert_int | scvtf | float_convert_int | sf:1 0011110 ftype:2 1 rmode=00 opcode=010 000000 Rn:5 Rd:5 | <fp:Rd>, <r:Rn>
fjcvtzs.float_convert_int | fjcvtzs | float_convert_int | sf=0 0011110 ftype=01 1 rmode=11 opcode=110 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtnu_float.float_convert_int | fcvtnu | float_convert_int | sf:1 0011110 ftype:2 1 rmode=00 opcode=001 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fmov_float_gen.float_convert_int | fmov | float_convert_int | sf:1 0011110 ftype:2 1 rmode=0x opcode=11x 000000 Rn:5 Rd:5 | <fmovgen>
fcvtms_float.float_convert_int | fcvtms | float_convert_int | sf:1 0011110 ftype:2 1 rmode=10 opcode=000 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtps_float.float_convert_int | fcvtps | float_convert_int | sf:1 0011110 ftype:2 1 rmode=01 opcode=000 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
ucvtf_float_int.float_convert_int | ucvtf | float_convert_int | sf:1 0011110 ftype:2 1 rmode=00 opcode=011 000000 Rn:5 Rd:5 | <fp:Rd>, <r:Rn>
fcvtns_float.float_convert_int | fcvtns | float_convert_int | sf:1 0011110 ftype:2 1 rmode=00 opcode=000 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtzs_float_int.float_convert_int | fcvtzs | float_convert_int | sf:1 0011110 ftype:2 1 rmode=11 opcode=000 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtpu_float.float_convert_int | fcvtpu | float_convert_int | sf:1 0011110 ftype:2 1 rmode=01 opcode=001 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtas_float.float_convert_int | fcvtas | float_convert_int | sf:1 0011110 ftype:2 1 rmode=00 opcode=100 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtzu_float_int.float_convert_int | fcvtzu | float_convert_int | sf:1 0011110 ftype:2 1 rmode=11 opcode=001 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
fcvtau_float.float_convert_int | fcvtau | float_convert_int | sf:1 0011110 ftype:2 1 rmode=00 opcode=101 000000 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>
sli_advsimd.vector_shift_left_insert_sisd | sli | vector_shift_left_insert_sisd | 011111110 immh:4 immb:3 010101 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shl:immh:immb>
sli_advsimd.vector_shift_left_insert_simd | sli | vector_shift_left_insert_simd | 0 Q:1 1011110 immh:4 immb:3 010101 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shl:immh:immb>
fcvtn_advsimd.vector_arithmetic_unary_float_narrow | fcvtn | vector_arithmetic_unary_float_narrow | 0 Q:1 0011100 sz:1 100001011010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
stp_fpsimd.memory_pair_simdfp_post_idx | stp | memory_pair_simdfp_post_idx | opc:2 1011001 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>], #<spair:imm7>
stp_fpsimd.memory_pair_simdfp_pre_idx | stp | memory_pair_simdfp_pre_idx | opc:2 1011011 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>, #<spair:imm7>]!
stp_fpsimd.memory_pair_simdfp_offset | stp | memory_pair_simdfp_offset | opc:2 1011010 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
ldp_fpsimd.memory_pair_simdfp_post_idx | ldp | memory_pair_simdfp_post_idx | opc:2 1011001 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>], #<spair:imm7>
ldp_fpsimd.memory_pair_simdfp_pre_idx | ldp | memory_pair_simdfp_pre_idx | opc:2 1011011 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>, #<spair:imm7>]!
ldp_fpsimd.memory_pair_simdfp_offset | ldp | memory_pair_simdfp_offset | opc:2 1011010 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
csinc.integer_conditional_select | csinc | integer_conditional_select | sf:1 op=0 011010100 Rm:5 cond:4 0 o2=1 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, <cond:cond>
csel.integer_conditional_select | csel | integer_conditional_select | sf:1 op=0 011010100 Rm:5 cond:4 0 o2=0 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, <cond:cond>
csneg.integer_conditional_select | csneg | integer_conditional_select | sf:1 op=1 011010100 Rm:5 cond:4 0 o2=1 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, <cond:cond>
csinv.integer_conditional_select | csinv | integer_conditional_select | sf:1 op=1 011010100 Rm:5 cond:4 0 o2=0 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, <cond:cond>
sqrdmlsh_advsimd_elt.vector_arithmetic_binary_element_mul_acc_high_sisd | sqrdmlsh | vector_arithmetic_binary_element_mul_acc_high_sisd | 01111111 size:2 L:1 M:1 Rm:4 11 S=1 1 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
sqrdmlsh_advsimd_elt.vector_arithmetic_binary_element_mul_acc_high_simd | sqrdmlsh | vector_arithmetic_binary_element_mul_acc_high_simd | 0 Q:1 101111 size:2 L:1 M:1 Rm:4 11 S=1 1 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
sqrdmlah_advsimd_elt.vector_arithmetic_binary_element_mul_acc_high_sisd | sqrdmlah | vector_arithmetic_binary_element_mul_acc_high_sisd | 01111111 size:2 L:1 M:1 Rm:4 11 S=0 1 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
sqrdmlah_advsimd_elt.vector_arithmetic_binary_element_mul_acc_high_simd | sqrdmlah | vector_arithmetic_binary_element_mul_acc_high_simd | 0 Q:1 101111 size:2 L:1 M:1 Rm:4 11 S=0 1 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
fmaxnmp_advsimd_pair.vector_reduce_fp16_maxnm_sisd | fmaxnmp | vector_reduce_fp16_maxnm_sisd | 01011110 o1=0 sz=0 110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
fmaxnmp_advsimd_pair.vector_reduce_fp_maxnm_sisd | fmaxnmp | vector_reduce_fp_maxnm_sisd | 01111110 o1=0 sz:1 110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
fminnmp_advsimd_pair.vector_reduce_fp16_maxnm_sisd | fminnmp | vector_reduce_fp16_maxnm_sisd | 01011110 o1=1 sz=0 110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
fminnmp_advsimd_pair.vector_reduce_fp_maxnm_sisd | fminnmp | vector_reduce_fp_maxnm_sisd | 01111110 o1=1 sz:1 110000110010 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
clz_int.integer_arithmetic_cnt | clz | integer_arithmetic_cnt | sf:1 10110101100000000010 op=0 Rn:5 Rd:5 | <r:Rd>, <r:Rn>
cls_int.integer_arithmetic_cnt | cls | integer_arithmetic_cnt | sf:1 10110101100000000010 op=1 Rn:5 Rd:5 | <r:Rd>, <r:Rn>
addp_advsimd_pair.vector_reduce_add_sisd | addp | vector_reduce_add_sisd | 01011110 size:2 110001101110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
uqadd_advsimd.vector_arithmetic_binary_uniform_add_saturating_sisd | uqadd | vector_arithmetic_binary_uniform_add_saturating_sisd | 01 U=1 11110 size:2 1 Rm:5 000011 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
uqadd_advsimd.vector_arithmetic_binary_uniform_add_saturating_simd | uqadd | vector_arithmetic_binary_uniform_add_saturating_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 000011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sqadd_advsimd.vector_arithmetic_binary_uniform_add_saturating_sisd | sqadd | vector_arithmetic_binary_uniform_add_saturating_sisd | 01 U=0 11110 size:2 1 Rm:5 000011 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqadd_advsimd.vector_arithmetic_binary_uniform_add_saturating_simd | sqadd | vector_arithmetic_binary_uniform_add_saturating_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 000011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
prfm_lit.memory_literal_general | prfm | memory_literal_general | opc=11 011000 imm19:19 Rt:5 | <prfop:Rt>, <label:imm19>
ldrsw_lit.memory_literal_general | ldrsw | memory_literal_general | opc=10 011000 imm19:19 Rt:5 | <x:Rt>, <label:imm19>
ldr_lit_gen.memory_literal_general | ldr | memory_literal_general | opc=0x 011000 imm19:19 Rt:5 | <ropc:Rt>, <label:imm19>
fcvtzs_advsimd_fix.vector_shift_conv_float_sisd | fcvtzs | vector_shift_conv_float_sisd | 01 U=0 111110 immh:4 immb:3 111111 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
fcvtzs_advsimd_fix.vector_shift_conv_float_simd | fcvtzs | vector_shift_conv_float_simd | 0 Q:1 U=0 011110 immh:4 immb:3 111111 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
fcvtzu_advsimd_fix.vector_shift_conv_float_sisd | fcvtzu | vector_shift_conv_float_sisd | 01 U=1 111110 immh:4 immb:3 111111 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
fcvtzu_advsimd_fix.vector_shift_conv_float_simd | fcvtzu | vector_shift_conv_float_simd | 0 Q:1 U=1 011110 immh:4 immb:3 111111 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
msub.integer_arithmetic_mul_uniform_add_sub | msub | integer_arithmetic_mul_uniform_add_sub | sf:1 0011011000 Rm:5 o0=1 Ra:5 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, <r:Ra>
madd.integer_arithmetic_mul_uniform_add_sub | madd | integer_arithmetic_mul_uniform_add_sub | sf:1 0011011000 Rm:5 o0=0 Ra:5 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, <r:Ra>
stnp_gen.memory_pair_general_no_alloc | stnp | memory_pair_general_no_alloc | opc=x0 1010000 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
ldnp_gen.memory_pair_general_no_alloc | ldnp | memory_pair_general_no_alloc | opc=x0 1010000 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <rpair:Rt>, <rpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
ins_advsimd_gen.vector_transfer_integer_insert | ins | vector_transfer_integer_insert | 01001110000 imm5:5 000111 Rn:5 Rd:5 | <velt5:Rd>, <r5:Rn>
ldr_imm_fpsimd.memory_single_simdfp_immediate_signed_post_idx | ldr | memory_single_simdfp_immediate_signed_post_idx | size:2 111100 opc=x1 0 imm9:9 01 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>], #<simm:imm9>
ldr_imm_fpsimd.memory_single_simdfp_immediate_signed_pre_idx | ldr | memory_single_simdfp_immediate_signed_pre_idx | size:2 111100 opc=x1 0 imm9:9 11 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>, #<simm:imm9>]!
ldr_imm_fpsimd.memory_single_simdfp_immediate_unsigned | ldr | memory_single_simdfp_immediate_unsigned | size:2 111101 opc=x1 imm12:12 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>{, #<uszl:imm12>}]
str_imm_fpsimd.memory_single_simdfp_immediate_signed_post_idx | str | memory_single_simdfp_immediate_signed_post_idx | size:2 111100 opc=x0 0 imm9:9 01 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>], #<simm:imm9>
str_imm_fpsimd.memory_single_simdfp_immediate_signed_pre_idx | str | memory_single_simdfp_immediate_signed_pre_idx | size:2 111100 opc=x0 0 imm9:9 11 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>, #<simm:imm9>]!
str_imm_fpsimd.memory_single_simdfp_immediate_unsigned | str | memory_single_simdfp_immediate_unsigned | size:2 111101 opc=x0 imm12:12 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>{, #<uszl:imm12>}]
frintm_advsimd.vector_arithmetic_unary_fp16_round | frintm | vector_arithmetic_unary_fp16_round | 0 Q:1 U=0 01110 o2=0 1111001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintm_advsimd.vector_arithmetic_unary_float_round | frintm | vector_arithmetic_unary_float_round | 0 Q:1 U=0 01110 o2=0 sz:1 100001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintn_advsimd.vector_arithmetic_unary_fp16_round | frintn | vector_arithmetic_unary_fp16_round | 0 Q:1 U=0 01110 o2=0 1111001100 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintn_advsimd.vector_arithmetic_unary_float_round | frintn | vector_arithmetic_unary_float_round | 0 Q:1 U=0 01110 o2=0 sz:1 100001100 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintz_advsimd.vector_arithmetic_unary_fp16_round | frintz | vector_arithmetic_unary_fp16_round | 0 Q:1 U=0 01110 o2=1 1111001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintz_advsimd.vector_arithmetic_unary_float_round | frintz | vector_arithmetic_unary_float_round | 0 Q:1 U=0 01110 o2=1 sz:1 100001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintx_advsimd.vector_arithmetic_unary_fp16_round | frintx | vector_arithmetic_unary_fp16_round | 0 Q:1 U=1 01110 o2=0 1111001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintx_advsimd.vector_arithmetic_unary_float_round | frintx | vector_arithmetic_unary_float_round | 0 Q:1 U=1 01110 o2=0 sz:1 100001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frinti_advsimd.vector_arithmetic_unary_fp16_round | frinti | vector_arithmetic_unary_fp16_round | 0 Q:1 U=1 01110 o2=1 1111001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frinti_advsimd.vector_arithmetic_unary_float_round | frinti | vector_arithmetic_unary_float_round | 0 Q:1 U=1 01110 o2=1 sz:1 100001100 o1=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintp_advsimd.vector_arithmetic_unary_fp16_round | frintp | vector_arithmetic_unary_fp16_round | 0 Q:1 U=0 01110 o2=1 1111001100 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frintp_advsimd.vector_arithmetic_unary_float_round | frintp | vector_arithmetic_unary_float_round | 0 Q:1 U=0 01110 o2=1 sz:1 100001100 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frinta_advsimd.vector_arithmetic_unary_fp16_round | frinta | vector_arithmetic_unary_fp16_round | 0 Q:1 U=1 01110 o2=0 1111001100 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frinta_advsimd.vector_arithmetic_unary_float_round | frinta | vector_arithmetic_unary_float_round | 0 Q:1 U=1 01110 o2=0 sz:1 100001100 o1=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fmls_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp16_fused | fmls | vector_arithmetic_binary_uniform_mul_fp16_fused | 0 Q:1 001110 a=1 10 Rm:5 000011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmls_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp_fused | fmls | vector_arithmetic_binary_uniform_mul_fp_fused | 0 Q:1 001110 op=1 sz:1 1 Rm:5 110011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmla_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp16_fused | fmla | vector_arithmetic_binary_uniform_mul_fp16_fused | 0 Q:1 001110 a=0 10 Rm:5 000011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmla_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp_fused | fmla | vector_arithmetic_binary_uniform_mul_fp_fused | 0 Q:1 001110 op=0 sz:1 1 Rm:5 110011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmulx_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp16_extended_sisd | fmulx | vector_arithmetic_binary_uniform_mul_fp16_extended_sisd | 01011110010 Rm:5 000111 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fmulx_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp_extended_sisd | fmulx | vector_arithmetic_binary_uniform_mul_fp_extended_sisd | 010111100 sz:1 1 Rm:5 110111 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fmulx_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp16_extended_simd | fmulx | vector_arithmetic_binary_uniform_mul_fp16_extended_simd | 0 Q:1 001110010 Rm:5 000111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmulx_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp_extended_simd | fmulx | vector_arithmetic_binary_uniform_mul_fp_extended_simd | 0 Q:1 0011100 sz:1 1 Rm:5 110111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
stlxp.memory_exclusive_pair | stlxp | memory_exclusive_pair | 1 sz:1 0010000 L=0 1 Rs:5 o0=1 Rt2:5 Rn:5 Rt:5 | <w:Rs>, <rsz1:Rt>, <rsz1:Rt2>, [<base:Rn>]
stxp.memory_exclusive_pair | stxp | memory_exclusive_pair | 1 sz:1 0010000 L=0 1 Rs:5 o0=0 Rt2:5 Rn:5 Rt:5 | <w:Rs>, <rsz1:Rt>, <rsz1:Rt2>, [<base:Rn>]
ldxp.memory_exclusive_pair | ldxp | memory_exclusive_pair | 1 sz:1 0010000 L=1 1 Rs=11111 o0=0 Rt2:5 Rn:5 Rt:5 | <rsz1:Rt>, <rsz1:Rt2>, [<base:Rn>]
ldaxp.memory_exclusive_pair | ldaxp | memory_exclusive_pair | 1 sz:1 0010000 L=1 1 Rs=11111 o0=1 Rt2:5 Rn:5 Rt:5 | <rsz1:Rt>, <rsz1:Rt2>, [<base:Rn>]
frecps_advsimd.vector_arithmetic_binary_uniform_recps_fp16_sisd | frecps | vector_arithmetic_binary_uniform_recps_fp16_sisd | 01011110010 Rm:5 001111 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
frecps_advsimd.vector_arithmetic_binary_uniform_recps_sisd | frecps | vector_arithmetic_binary_uniform_recps_sisd | 010111100 sz:1 1 Rm:5 111111 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
frecps_advsimd.vector_arithmetic_binary_uniform_recps_fp16_simd | frecps | vector_arithmetic_binary_uniform_recps_fp16_simd | 0 Q:1 001110010 Rm:5 001111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
frecps_advsimd.vector_arithmetic_binary_uniform_recps_simd | frecps | vector_arithmetic_binary_uniform_recps_simd | 0 Q:1 0011100 sz:1 1 Rm:5 111111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
trn2_advsimd.vector_transfer_vector_permute_transpose | trn2 | vector_transfer_vector_permute_transpose | 0 Q:1 001110 size:2 0 Rm:5 0 op=1 1010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
trn1_advsimd.vector_transfer_vector_permute_transpose | trn1 | vector_transfer_vector_permute_transpose | 0 Q:1 001110 size:2 0 Rm:5 0 op=0 1010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
movz.integer_ins_ext_insert_movewide | movz | integer_ins_ext_insert_movewide | sf:1 opc=10 100101 hw:2 imm16:16 Rd:5 | <r:Rd>, #<hex:imm16>{, lsl #<u16:hw>}
movk.integer_ins_ext_insert_movewide | movk | integer_ins_ext_insert_movewide | sf:1 opc=11 100101 hw:2 imm16:16 Rd:5 | <r:Rd>, #<hex:imm16>{, lsl #<u16:hw>}
movn.integer_ins_ext_insert_movewide | movn | integer_ins_ext_insert_movewide | sf:1 opc=00 100101 hw:2 imm16:16 Rd:5 | <r:Rd>, #<hex:imm16>{, lsl #<u16:hw>}
uzp1_advsimd.vector_transfer_vector_permute_unzip | uzp1 | vector_transfer_vector_permute_unzip | 0 Q:1 001110 size:2 0 Rm:5 0 op=0 0110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uzp2_advsimd.vector_transfer_vector_permute_unzip | uzp2 | vector_transfer_vector_permute_unzip | 0 Q:1 001110 size:2 0 Rm:5 0 op=1 0110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sm3partw1_advsimd.vector_crypto_sm3_sm3partw1 | sm3partw1 | vector_crypto_sm3_sm3partw1 | 11001110011 Rm:5 110000 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>, <v4s:Rm>
smaxp_advsimd.vector_arithmetic_binary_uniform_max_min_pair | smaxp | vector_arithmetic_binary_uniform_max_min_pair | 0 Q:1 U=0 01110 size:2 1 Rm:5 1010 o1=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uminp_advsimd.vector_arithmetic_binary_uniform_max_min_pair | uminp | vector_arithmetic_binary_uniform_max_min_pair | 0 Q:1 U=1 01110 size:2 1 Rm:5 1010 o1=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sminp_advsimd.vector_arithmetic_binary_uniform_max_min_pair | sminp | vector_arithmetic_binary_uniform_max_min_pair | 0 Q:1 U=0 01110 size:2 1 Rm:5 1010 o1=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
umaxp_advsimd.vector_arithmetic_binary_uniform_max_min_pair | umaxp | vector_arithmetic_binary_uniform_max_min_pair | 0 Q:1 U=1 01110 size:2 1 Rm:5 1010 o1=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sha1h_advsimd.vector_crypto_sha2op_sha1_hash | sha1h | vector_crypto_sha2op_sha1_hash | 0101111000101000000010 Rn:5 Rd:5 | <fs:Rd>, <fs:Rn>
ldarb.memory_ordered | ldarb | memory_ordered | size=00 0010001 L=1 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
stllrh.memory_ordered | stllrh | memory_ordered | size=01 0010001 L=0 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
stllrb.memory_ordered | stllrb | memory_ordered | size=00 0010001 L=0 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldlarh.memory_ordered | ldlarh | memory_ordered | size=01 0010001 L=1 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldarh.memory_ordered | ldarh | memory_ordered | size=01 0010001 L=1 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldlarb.memory_ordered | ldlarb | memory_ordered | size=00 0010001 L=1 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldar.memory_ordered | ldar | memory_ordered | size=1x 0010001 L=1 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
stlrh.memory_ordered | stlrh | memory_ordered | size=01 0010001 L=0 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
stllr.memory_ordered | stllr | memory_ordered | size=1x 0010001 L=0 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
ldlar.memory_ordered | ldlar | memory_ordered | size=1x 0010001 L=1 0 Rs=11111 o0=0 Rt2=11111 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
stlrb.memory_ordered | stlrb | memory_ordered | size=00 0010001 L=0 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
stlr.memory_ordered | stlr | memory_ordered | size=1x 0010001 L=0 0 Rs=11111 o0=1 Rt2=11111 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
add_addsub_shift.integer_arithmetic_add_sub_shiftedreg | add | integer_arithmetic_add_sub_shiftedreg | sf:1 op=0 S=0 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
sub_addsub_shift.integer_arithmetic_add_sub_shiftedreg | sub | integer_arithmetic_add_sub_shiftedreg | sf:1 op=1 S=0 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
subs_addsub_shift.integer_arithmetic_add_sub_shiftedreg | subs | integer_arithmetic_add_sub_shiftedreg | sf:1 op=1 S=1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
adds_addsub_shift.integer_arithmetic_add_sub_shiftedreg | adds | integer_arithmetic_add_sub_shiftedreg | sf:1 op=0 S=1 01011 shift:2 0 Rm:5 imm6:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm><shift:shift:imm6>
bit_advsimd.vector_arithmetic_binary_uniform_logical_bsl_eor | bit | vector_arithmetic_binary_uniform_logical_bsl_eor | 0 Q:1 101110 opc2=10 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
bif_advsimd.vector_arithmetic_binary_uniform_logical_bsl_eor | bif | vector_arithmetic_binary_uniform_logical_bsl_eor | 0 Q:1 101110 opc2=11 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
eor_advsimd.vector_arithmetic_binary_uniform_logical_bsl_eor | eor | vector_arithmetic_binary_uniform_logical_bsl_eor | 0 Q:1 101110 opc2=00 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
bsl_advsimd.vector_arithmetic_binary_uniform_logical_bsl_eor | bsl | vector_arithmetic_binary_uniform_logical_bsl_eor | 0 Q:1 101110 opc2=01 1 Rm:5 000111 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>
b_cond.branch_conditional_cond | b.<cond> | branch_conditional_cond | 01010100 imm19:19 0 cond:4 | <label:imm19>
umin_advsimd.vector_arithmetic_binary_uniform_max_min_single | umin | vector_arithmetic_binary_uniform_max_min_single | 0 Q:1 U=1 01110 size:2 1 Rm:5 0110 o1=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
smax_advsimd.vector_arithmetic_binary_uniform_max_min_single | smax | vector_arithmetic_binary_uniform_max_min_single | 0 Q:1 U=0 01110 size:2 1 Rm:5 0110 o1=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
umax_advsimd.vector_arithmetic_binary_uniform_max_min_single | umax | vector_arithmetic_binary_uniform_max_min_single | 0 Q:1 U=1 01110 size:2 1 Rm:5 0110 o1=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
smin_advsimd.vector_arithmetic_binary_uniform_max_min_single | smin | vector_arithmetic_binary_uniform_max_min_single | 0 Q:1 U=0 01110 size:2 1 Rm:5 0110 o1=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
smull_advsimd_vec.vector_arithmetic_binary_disparate_mul_product | smull | vector_arithmetic_binary_disparate_mul_product | 0 Q:1 U=0 01110 size:2 1 Rm:5 110000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
umull_advsimd_vec.vector_arithmetic_binary_disparate_mul_product | umull | vector_arithmetic_binary_disparate_mul_product | 0 Q:1 U=1 01110 size:2 1 Rm:5 110000 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
sqsub_advsimd.vector_arithmetic_binary_uniform_sub_saturating_sisd | sqsub | vector_arithmetic_binary_uniform_sub_saturating_sisd | 01 U=0 11110 size:2 1 Rm:5 001011 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sqsub_advsimd.vector_arithmetic_binary_uniform_sub_saturating_simd | sqsub | vector_arithmetic_binary_uniform_sub_saturating_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 001011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uqsub_advsimd.vector_arithmetic_binary_uniform_sub_saturating_sisd | uqsub | vector_arithmetic_binary_uniform_sub_saturating_sisd | 01 U=1 11110 size:2 1 Rm:5 001011 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
uqsub_advsimd.vector_arithmetic_binary_uniform_sub_saturating_simd | uqsub | vector_arithmetic_binary_uniform_sub_saturating_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 001011 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
ldr_imm_gen.memory_single_general_immediate_signed_post_idx | ldr | memory_single_general_immediate_signed_post_idx | size=1x 111000 opc=01 0 imm9:9 01 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>], #<simm:imm9>
ldr_imm_gen.memory_single_general_immediate_signed_pre_idx | ldr | memory_single_general_immediate_signed_pre_idx | size=1x 111000 opc=01 0 imm9:9 11 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>, #<simm:imm9>]!
ldr_imm_gen.memory_single_general_immediate_unsigned | ldr | memory_single_general_immediate_unsigned | size=1x 111001 opc=01 imm12:12 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>{, #<uszl:imm12>}]
strb_imm.memory_single_general_immediate_signed_post_idx | strb | memory_single_general_immediate_signed_post_idx | size=00 111000 opc=00 0 imm9:9 01 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>], #<simm:imm9>
strb_imm.memory_single_general_immediate_signed_pre_idx | strb | memory_single_general_immediate_signed_pre_idx | size=00 111000 opc=00 0 imm9:9 11 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, #<simm:imm9>]!
strb_imm.memory_single_general_immediate_unsigned | strb | memory_single_general_immediate_unsigned | size=00 111001 opc=00 imm12:12 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<uszl:imm12>}]
ldrsb_imm.memory_single_general_immediate_signed_post_idx | ldrsb | memory_single_general_immediate_signed_post_idx | size=00 111000 opc=1x 0 imm9:9 01 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>], #<simm:imm9>
ldrsb_imm.memory_single_general_immediate_signed_pre_idx | ldrsb | memory_single_general_immediate_signed_pre_idx | size=00 111000 opc=1x 0 imm9:9 11 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>, #<simm:imm9>]!
ldrsb_imm.memory_single_general_immediate_unsigned | ldrsb | memory_single_general_immediate_unsigned | size=00 111001 opc=1x imm12:12 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>{, #<uszl:imm12>}]
str_imm_gen.memory_single_general_immediate_signed_post_idx | str | memory_single_general_immediate_signed_post_idx | size=1x 111000 opc=00 0 imm9:9 01 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>], #<simm:imm9>
str_imm_gen.memory_single_general_immediate_signed_pre_idx | str | memory_single_general_immediate_signed_pre_idx | size=1x 111000 opc=00 0 imm9:9 11 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>, #<simm:imm9>]!
str_imm_gen.memory_single_general_immediate_unsigned | str | memory_single_general_immediate_unsigned | size=1x 111001 opc=00 imm12:12 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>{, #<uszl:imm12>}]
ldrsh_imm.memory_single_general_immediate_signed_post_idx | ldrsh | memory_single_general_immediate_signed_post_idx | size=01 111000 opc=1x 0 imm9:9 01 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>], #<simm:imm9>
ldrsh_imm.memory_single_general_immediate_signed_pre_idx | ldrsh | memory_single_general_immediate_signed_pre_idx | size=01 111000 opc=1x 0 imm9:9 11 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>, #<simm:imm9>]!
ldrsh_imm.memory_single_general_immediate_unsigned | ldrsh | memory_single_general_immediate_unsigned | size=01 111001 opc=1x imm12:12 Rn:5 Rt:5 | <rsx:Rt>, [<base:Rn>{, #<uszl:imm12>}]
strh_imm.memory_single_general_immediate_signed_post_idx | strh | memory_single_general_immediate_signed_post_idx | size=01 111000 opc=00 0 imm9:9 01 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>], #<simm:imm9>
strh_imm.memory_single_general_immediate_signed_pre_idx | strh | memory_single_general_immediate_signed_pre_idx | size=01 111000 opc=00 0 imm9:9 11 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, #<simm:imm9>]!
strh_imm.memory_single_general_immediate_unsigned | strh | memory_single_general_immediate_unsigned | size=01 111001 opc=00 imm12:12 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<uszl:imm12>}]
ldrb_imm.memory_single_general_immediate_signed_post_idx | ldrb | memory_single_general_immediate_signed_post_idx | size=00 111000 opc=01 0 imm9:9 01 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>], #<simm:imm9>
ldrb_imm.memory_single_general_immediate_signed_pre_idx | ldrb | memory_single_general_immediate_signed_pre_idx | size=00 111000 opc=01 0 imm9:9 11 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, #<simm:imm9>]!
ldrb_imm.memory_single_general_immediate_unsigned | ldrb | memory_single_general_immediate_unsigned | size=00 111001 opc=01 imm12:12 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<uszl:imm12>}]
ldrh_imm.memory_single_general_immediate_signed_post_idx | ldrh | memory_single_general_immediate_signed_post_idx | size=01 111000 opc=01 0 imm9:9 01 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>], #<simm:imm9>
ldrh_imm.memory_single_general_immediate_signed_pre_idx | ldrh | memory_single_general_immediate_signed_pre_idx | size=01 111000 opc=01 0 imm9:9 11 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>, #<simm:imm9>]!
ldrh_imm.memory_single_general_immediate_unsigned | ldrh | memory_single_general_immediate_unsigned | size=01 111001 opc=01 imm12:12 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>{, #<uszl:imm12>}]
ldrsw_imm.memory_single_general_immediate_signed_post_idx | ldrsw | memory_single_general_immediate_signed_post_idx | size=10 111000 opc=10 0 imm9:9 01 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>], #<simm:imm9>
ldrsw_imm.memory_single_general_immediate_signed_pre_idx | ldrsw | memory_single_general_immediate_signed_pre_idx | size=10 111000 opc=10 0 imm9:9 11 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>, #<simm:imm9>]!
ldrsw_imm.memory_single_general_immediate_unsigned | ldrsw | memory_single_general_immediate_unsigned | size=10 111001 opc=10 imm12:12 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>{, #<uszl:imm12>}]
umulh.integer_arithmetic_mul_widening_64_128hi | umulh | integer_arithmetic_mul_widening_64_128hi | 10011011 U=1 10 Rm:5 0 Ra=11111 Rn:5 Rd:5 | <x:Rd>, <x:Rn>, <x:Rm>
smulh.integer_arithmetic_mul_widening_64_128hi | smulh | integer_arithmetic_mul_widening_64_128hi | 10011011 U=0 10 Rm:5 0 Ra=11111 Rn:5 Rd:5 | <x:Rd>, <x:Rn>, <x:Rm>
fcmge_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp16_sisd | fcmge | vector_arithmetic_binary_uniform_cmp_fp16_sisd | 01 U=1 11110 E=0 10 Rm:5 0010 ac=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fcmge_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp_sisd | fcmge | vector_arithmetic_binary_uniform_cmp_fp_sisd | 01 U=1 11110 E=0 sz:1 1 Rm:5 1110 ac=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fcmge_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp16_simd | fcmge | vector_arithmetic_binary_uniform_cmp_fp16_simd | 0 Q:1 U=1 01110 E=0 10 Rm:5 0010 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcmge_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp_simd | fcmge | vector_arithmetic_binary_uniform_cmp_fp_simd | 0 Q:1 U=1 01110 E=0 sz:1 1 Rm:5 1110 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
facge_advsimd.vector_arithmetic_binary_uniform_cmp_fp16_sisd | facge | vector_arithmetic_binary_uniform_cmp_fp16_sisd | 01 U=1 11110 E=0 10 Rm:5 0010 ac=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
facge_advsimd.vector_arithmetic_binary_uniform_cmp_fp_sisd | facge | vector_arithmetic_binary_uniform_cmp_fp_sisd | 01 U=1 11110 E=0 sz:1 1 Rm:5 1110 ac=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
facge_advsimd.vector_arithmetic_binary_uniform_cmp_fp16_simd | facge | vector_arithmetic_binary_uniform_cmp_fp16_simd | 0 Q:1 U=1 01110 E=0 10 Rm:5 0010 ac=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
facge_advsimd.vector_arithmetic_binary_uniform_cmp_fp_simd | facge | vector_arithmetic_binary_uniform_cmp_fp_simd | 0 Q:1 U=1 01110 E=0 sz:1 1 Rm:5 1110 ac=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcmgt_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp16_sisd | fcmgt | vector_arithmetic_binary_uniform_cmp_fp16_sisd | 01 U=1 11110 E=1 10 Rm:5 0010 ac=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fcmgt_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp_sisd | fcmgt | vector_arithmetic_binary_uniform_cmp_fp_sisd | 01 U=1 11110 E=1 sz:1 1 Rm:5 1110 ac=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fcmgt_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp16_simd | fcmgt | vector_arithmetic_binary_uniform_cmp_fp16_simd | 0 Q:1 U=1 01110 E=1 10 Rm:5 0010 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcmgt_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp_simd | fcmgt | vector_arithmetic_binary_uniform_cmp_fp_simd | 0 Q:1 U=1 01110 E=1 sz:1 1 Rm:5 1110 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
facgt_advsimd.vector_arithmetic_binary_uniform_cmp_fp16_sisd | facgt | vector_arithmetic_binary_uniform_cmp_fp16_sisd | 01 U=1 11110 E=1 10 Rm:5 0010 ac=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
facgt_advsimd.vector_arithmetic_binary_uniform_cmp_fp_sisd | facgt | vector_arithmetic_binary_uniform_cmp_fp_sisd | 01 U=1 11110 E=1 sz:1 1 Rm:5 1110 ac=1 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
facgt_advsimd.vector_arithmetic_binary_uniform_cmp_fp16_simd | facgt | vector_arithmetic_binary_uniform_cmp_fp16_simd | 0 Q:1 U=1 01110 E=1 10 Rm:5 0010 ac=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
facgt_advsimd.vector_arithmetic_binary_uniform_cmp_fp_simd | facgt | vector_arithmetic_binary_uniform_cmp_fp_simd | 0 Q:1 U=1 01110 E=1 sz:1 1 Rm:5 1110 ac=1 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcmeq_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp16_sisd | fcmeq | vector_arithmetic_binary_uniform_cmp_fp16_sisd | 01 U=0 11110 E=0 10 Rm:5 0010 ac=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fcmeq_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp_sisd | fcmeq | vector_arithmetic_binary_uniform_cmp_fp_sisd | 01 U=0 11110 E=0 sz:1 1 Rm:5 1110 ac=0 1 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fcmeq_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp16_simd | fcmeq | vector_arithmetic_binary_uniform_cmp_fp16_simd | 0 Q:1 U=0 01110 E=0 10 Rm:5 0010 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcmeq_advsimd_reg.vector_arithmetic_binary_uniform_cmp_fp_simd | fcmeq | vector_arithmetic_binary_uniform_cmp_fp_simd | 0 Q:1 U=0 01110 E=0 sz:1 1 Rm:5 1110 ac=0 1 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
umlal_advsimd_elt.vector_arithmetic_binary_element_mul_acc_long | umlal | vector_arithmetic_binary_element_mul_acc_long | 0 Q:1 U=1 01111 size:2 L:1 M:1 Rm:4 0 o2=0 10 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
smlsl_advsimd_elt.vector_arithmetic_binary_element_mul_acc_long | smlsl | vector_arithmetic_binary_element_mul_acc_long | 0 Q:1 U=0 01111 size:2 L:1 M:1 Rm:4 0 o2=1 10 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
smlal_advsimd_elt.vector_arithmetic_binary_element_mul_acc_long | smlal | vector_arithmetic_binary_element_mul_acc_long | 0 Q:1 U=0 01111 size:2 L:1 M:1 Rm:4 0 o2=0 10 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
umlsl_advsimd_elt.vector_arithmetic_binary_element_mul_acc_long | umlsl | vector_arithmetic_binary_element_mul_acc_long | 0 Q:1 U=1 01111 size:2 L:1 M:1 Rm:4 0 o2=1 10 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
bra.branch_unconditional_register | bra | branch_unconditional_register | 1101011 Z:1 0 op=00 111110000 A=1 M:1 Rn:5 Rm:5 | <x:Rn>, <xsp:Rm>
reta.branch_unconditional_register | reta | branch_unconditional_register | 1101011 Z=0 0 op=10 111110000 A=1 M:1 Rn=11111 Rm=11111 | 
br.branch_unconditional_register | br | branch_unconditional_register | 1101011 Z=0 0 op=00 111110000 A=0 M=0 Rn:5 Rm=00000 | <x:Rn>
ret.branch_unconditional_register | ret | branch_unconditional_register | 1101011 Z=0 0 op=10 111110000 A=0 M=0 Rn:5 Rm=00000 | {<xret:Rn>}
blra.branch_unconditional_register | blra | branch_unconditional_register | 1101011 Z:1 0 op=01 111110000 A=1 M:1 Rn:5 Rm:5 | <x:Rn>, <xsp:Rm>
blr.branch_unconditional_register | blr | branch_unconditional_register | 1101011 Z=0 0 op=01 111110000 A=0 M=0 Rn:5 Rm=00000 | <x:Rn>
sm3tt1a_advsimd.vector_crypto_sm3_sm3tt1a | sm3tt1a | vector_crypto_sm3_sm3tt1a | 11001110010 Rm:5 10 imm2:2 00 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cmgt_advsimd_zero.vector_arithmetic_unary_cmp_int_bulk_sisd | cmgt | vector_arithmetic_unary_cmp_int_bulk_sisd | 01 U=0 11110 size:2 100000100 op=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0
cmgt_advsimd_zero.vector_arithmetic_unary_cmp_int_bulk_simd | cmgt | vector_arithmetic_unary_cmp_int_bulk_simd | 0 Q:1 U=0 01110 size:2 100000100 op=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0
cmle_advsimd.vector_arithmetic_unary_cmp_int_bulk_sisd | cmle | vector_arithmetic_unary_cmp_int_bulk_sisd | 01 U=1 11110 size:2 100000100 op=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0
cmle_advsimd.vector_arithmetic_unary_cmp_int_bulk_simd | cmle | vector_arithmetic_unary_cmp_int_bulk_simd | 0 Q:1 U=1 01110 size:2 100000100 op=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0
cmeq_advsimd_zero.vector_arithmetic_unary_cmp_int_bulk_sisd | cmeq | vector_arithmetic_unary_cmp_int_bulk_sisd | 01 U=0 11110 size:2 100000100 op=1 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0
cmeq_advsimd_zero.vector_arithmetic_unary_cmp_int_bulk_simd | cmeq | vector_arithmetic_unary_cmp_int_bulk_simd | 0 Q:1 U=0 01110 size:2 100000100 op=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0
cmge_advsimd_zero.vector_arithmetic_unary_cmp_int_bulk_sisd | cmge | vector_arithmetic_unary_cmp_int_bulk_sisd | 01 U=1 11110 size:2 100000100 op=0 10 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0
cmge_advsimd_zero.vector_arithmetic_unary_cmp_int_bulk_simd | cmge | vector_arithmetic_unary_cmp_int_bulk_simd | 0 Q:1 U=1 01110 size:2 100000100 op=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0
sha1c_advsimd.vector_crypto_sha3op_sha1_hash_choose | sha1c | vector_crypto_sha3op_sha1_hash_choose | 01011110000 Rm:5 000000 Rn:5 Rd:5 | <fq:Rd>, <fs:Rn>, <v4s:Rm>
tbl_advsimd.vector_transfer_vector_table | tbl | vector_transfer_vector_table | 0 Q:1 001110000 Rm:5 0 len:2 op=0 00 Rn:5 Rd:5 | <vq8:Rd>, <vtbl:Rn>, <vq8:Rm>
tbx_advsimd.vector_transfer_vector_table | tbx | vector_transfer_vector_table | 0 Q:1 001110000 Rm:5 0 len:2 op=1 00 Rn:5 Rd:5 | <vq8:Rd>, <vtbl:Rn>, <vq8:Rm>
addp_advsimd_vec.vector_arithmetic_binary_uniform_add_wrapping_pair | addp | vector_arithmetic_binary_uniform_add_wrapping_pair | 0 Q:1 001110 size:2 1 Rm:5 101111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcvtl_advsimd.vector_arithmetic_unary_float_widen | fcvtl | vector_arithmetic_unary_float_widen | 0 Q:1 0011100 sz:1 100001011110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
abs_advsimd.vector_arithmetic_unary_diff_neg_int_sisd | abs | vector_arithmetic_unary_diff_neg_int_sisd | 01 U=0 11110 size:2 100000101110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
abs_advsimd.vector_arithmetic_unary_diff_neg_int_simd | abs | vector_arithmetic_unary_diff_neg_int_simd | 0 Q:1 U=0 01110 size:2 100000101110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
neg_advsimd.vector_arithmetic_unary_diff_neg_int_sisd | neg | vector_arithmetic_unary_diff_neg_int_sisd | 01 U=1 11110 size:2 100000101110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
neg_advsimd.vector_arithmetic_unary_diff_neg_int_simd | neg | vector_arithmetic_unary_diff_neg_int_simd | 0 Q:1 U=1 01110 size:2 100000101110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
smc.system_exceptions_runtime_smc | smc | system_exceptions_runtime_smc | 11010100000 imm16:16 00011 | #<hex:imm16>
smull_advsimd_elt.vector_arithmetic_binary_element_mul_long | smull | vector_arithmetic_binary_element_mul_long | 0 Q:1 U=0 01111 size:2 L:1 M:1 Rm:4 1010 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
umull_advsimd_elt.vector_arithmetic_binary_element_mul_long | umull | vector_arithmetic_binary_element_mul_long | 0 Q:1 U=1 01111 size:2 L:1 M:1 Rm:4 1010 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
sha1su0_advsimd.vector_crypto_sha3op_sha1_sched0 | sha1su0 | vector_crypto_sha3op_sha1_sched0 | 01011110000 Rm:5 001100 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>, <v4s:Rm>
aesd_advsimd.vector_crypto_aes_round | aesd | vector_crypto_aes_round | 0100111000101000010 D=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
aese_advsimd.vector_crypto_aes_round | aese | vector_crypto_aes_round | 0100111000101000010 D=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
uadalp_advsimd.vector_arithmetic_unary_add_pairwise | uadalp | vector_arithmetic_unary_add_pairwise | 0 Q:1 U=1 01110 size:2 1000000 op=1 1010 Rn:5 Rd:5 | <vqw:Rd>, <vq:Rn>
saddlp_advsimd.vector_arithmetic_unary_add_pairwise | saddlp | vector_arithmetic_unary_add_pairwise | 0 Q:1 U=0 01110 size:2 1000000 op=0 1010 Rn:5 Rd:5 | <vqw:Rd>, <vq:Rn>
uaddlp_advsimd.vector_arithmetic_unary_add_pairwise | uaddlp | vector_arithmetic_unary_add_pairwise | 0 Q:1 U=1 01110 size:2 1000000 op=0 1010 Rn:5 Rd:5 | <vqw:Rd>, <vq:Rn>
sadalp_advsimd.vector_arithmetic_unary_add_pairwise | sadalp | vector_arithmetic_unary_add_pairwise | 0 Q:1 U=0 01110 size:2 1000000 op=1 1010 Rn:5 Rd:5 | <vqw:Rd>, <vq:Rn>
xar_advsimd.vector_crypto_sha3_xar | xar | vector_crypto_sha3_xar | 11001110100 Rm:5 imm6:6 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fabs_advsimd.vector_arithmetic_unary_diff_neg_fp16 | fabs | vector_arithmetic_unary_diff_neg_fp16 | 0 Q:1 U=0 0111011111000111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fabs_advsimd.vector_arithmetic_unary_diff_neg_float | fabs | vector_arithmetic_unary_diff_neg_float | 0 Q:1 U=0 011101 sz:1 100000111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fneg_advsimd.vector_arithmetic_unary_diff_neg_fp16 | fneg | vector_arithmetic_unary_diff_neg_fp16 | 0 Q:1 U=1 0111011111000111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fneg_advsimd.vector_arithmetic_unary_diff_neg_float | fneg | vector_arithmetic_unary_diff_neg_float | 0 Q:1 U=1 011101 sz:1 100000111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
shl_advsimd.vector_shift_left_sisd | shl | vector_shift_left_sisd | 010111110 immh:4 immb:3 010101 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shl:immh:immb>
shl_advsimd.vector_shift_left_simd | shl | vector_shift_left_simd | 0 Q:1 0011110 immh:4 immb:3 010101 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shl:immh:immb>
mrs.system_register_system | mrs | system_register_system | 1101010100 L=1 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5 | <x:Rt>, <sysreg:o0:op1:CRn:CRm:op2>
msr_reg.system_register_system | msr | system_register_system | 1101010100 L=0 1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Rt:5 | <sysreg:o0:op1:CRn:CRm:op2>, <x:Rt>
fmul_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp16_product | fmul | vector_arithmetic_binary_uniform_mul_fp16_product | 0 Q:1 101110010 Rm:5 000111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fmul_advsimd_vec.vector_arithmetic_binary_uniform_mul_fp_product | fmul | vector_arithmetic_binary_uniform_mul_fp_product | 0 Q:1 1011100 sz:1 1 Rm:5 110111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
prfm_imm.memory_single_general_immediate_unsigned | prfm | memory_single_general_immediate_unsigned | size=11 111001 opc=10 imm12:12 Rn:5 Rt:5 | <prfop:Rt>, [<base:Rn>{, #<uszl:imm12>}]
smsubl.integer_arithmetic_mul_widening_32_64 | smsubl | integer_arithmetic_mul_widening_32_64 | 10011011 U=0 01 Rm:5 o0=1 Ra:5 Rn:5 Rd:5 | <x:Rd>, <w:Rn>, <w:Rm>, <x:Ra>
umsubl.integer_arithmetic_mul_widening_32_64 | umsubl | integer_arithmetic_mul_widening_32_64 | 10011011 U=1 01 Rm:5 o0=1 Ra:5 Rn:5 Rd:5 | <x:Rd>, <w:Rn>, <w:Rm>, <x:Ra>
umaddl.integer_arithmetic_mul_widening_32_64 | umaddl | integer_arithmetic_mul_widening_32_64 | 10011011 U=1 01 Rm:5 o0=0 Ra:5 Rn:5 Rd:5 | <x:Rd>, <w:Rn>, <w:Rm>, <x:Ra>
smaddl.integer_arithmetic_mul_widening_32_64 | smaddl | integer_arithmetic_mul_widening_32_64 | 10011011 U=0 01 Rm:5 o0=0 Ra:5 Rn:5 Rd:5 | <x:Rd>, <w:Rn>, <w:Rm>, <x:Ra>
ldr_reg_fpsimd.memory_single_simdfp_register | ldr | memory_single_simdfp_register | size:2 111100 opc=x1 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
str_reg_fpsimd.memory_single_simdfp_register | str | memory_single_simdfp_register | size:2 111100 opc=x0 1 Rm:5 option_name:3 S:1 10 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>, <memext:Rm:option_name:S>]
sha512su1_advsimd.vector_crypto_sha512_sha512su1 | sha512su1 | vector_crypto_sha512_sha512su1 | 11001110011 Rm:5 100010 Rn:5 Rd:5 | <v2d:Rd>, <v2d:Rn>, <v2d:Rm>
sdot_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_dotp | sdot | vector_arithmetic_binary_uniform_mul_int_dotp | 0 Q:1 U=0 01110 size:2 0 Rm:5 100101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
udot_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_dotp | udot | vector_arithmetic_binary_uniform_mul_int_dotp | 0 Q:1 U=1 01110 size:2 0 Rm:5 100101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
uhadd_advsimd.vector_arithmetic_binary_uniform_add_halving_truncating | uhadd | vector_arithmetic_binary_uniform_add_halving_truncating | 0 Q:1 U=1 01110 size:2 1 Rm:5 000001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
shadd_advsimd.vector_arithmetic_binary_uniform_add_halving_truncating | shadd | vector_arithmetic_binary_uniform_add_halving_truncating | 0 Q:1 U=0 01110 size:2 1 Rm:5 000001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
scvtf_advsimd_fix.vector_shift_conv_int_sisd | scvtf | vector_shift_conv_int_sisd | 01 U=0 111110 immh:4 immb:3 111001 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
scvtf_advsimd_fix.vector_shift_conv_int_simd | scvtf | vector_shift_conv_int_simd | 0 Q:1 U=0 011110 immh:4 immb:3 111001 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
ucvtf_advsimd_fix.vector_shift_conv_int_sisd | ucvtf | vector_shift_conv_int_sisd | 01 U=1 111110 immh:4 immb:3 111001 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
ucvtf_advsimd_fix.vector_shift_conv_int_simd | ucvtf | vector_shift_conv_int_simd | 0 Q:1 U=1 011110 immh:4 immb:3 111001 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
fadd_advsimd.vector_arithmetic_binary_uniform_add_fp16 | fadd | vector_arithmetic_binary_uniform_add_fp16 | 0 Q:1 U=0 01110010 Rm:5 000101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fadd_advsimd.vector_arithmetic_binary_uniform_add_fp | fadd | vector_arithmetic_binary_uniform_add_fp | 0 Q:1 U=0 011100 sz:1 1 Rm:5 110101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
faddp_advsimd_vec.vector_arithmetic_binary_uniform_add_fp16 | faddp | vector_arithmetic_binary_uniform_add_fp16 | 0 Q:1 U=1 01110010 Rm:5 000101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
faddp_advsimd_vec.vector_arithmetic_binary_uniform_add_fp | faddp | vector_arithmetic_binary_uniform_add_fp | 0 Q:1 U=1 011100 sz:1 1 Rm:5 110101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sha512su0_advsimd.vector_crypto_sha512_sha512su0 | sha512su0 | vector_crypto_sha512_sha512su0 | 1100111011000000100000 Rn:5 Rd:5 | <v2d:Rd>, <v2d:Rn>
aesmc_advsimd.vector_crypto_aes_mix | aesmc | vector_crypto_aes_mix | 0100111000101000011 D=0 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
aesimc_advsimd.vector_crypto_aes_mix | aesimc | vector_crypto_aes_mix | 0100111000101000011 D=1 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fabd_advsimd.vector_arithmetic_binary_uniform_sub_fp16_sisd | fabd | vector_arithmetic_binary_uniform_sub_fp16_sisd | 01111110110 Rm:5 000101 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fabd_advsimd.vector_arithmetic_binary_uniform_sub_fp_sisd | fabd | vector_arithmetic_binary_uniform_sub_fp_sisd | 011111101 sz:1 1 Rm:5 110101 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
fabd_advsimd.vector_arithmetic_binary_uniform_sub_fp16_simd | fabd | vector_arithmetic_binary_uniform_sub_fp16_simd | 0 Q:1 U=1 01110110 Rm:5 000101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fabd_advsimd.vector_arithmetic_binary_uniform_sub_fp_simd | fabd | vector_arithmetic_binary_uniform_sub_fp_simd | 0 Q:1 U=1 011101 sz:1 1 Rm:5 110101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcvtau_advsimd.vector_arithmetic_unary_fp16_conv_float_tieaway_sisd | fcvtau | vector_arithmetic_unary_fp16_conv_float_tieaway_sisd | 01 U=1 1111001111001110010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtau_advsimd.vector_arithmetic_unary_float_conv_float_tieaway_sisd | fcvtau | vector_arithmetic_unary_float_conv_float_tieaway_sisd | 01 U=1 111100 sz:1 100001110010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtau_advsimd.vector_arithmetic_unary_fp16_conv_float_tieaway_simd | fcvtau | vector_arithmetic_unary_fp16_conv_float_tieaway_simd | 0 Q:1 U=1 0111001111001110010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtau_advsimd.vector_arithmetic_unary_float_conv_float_tieaway_simd | fcvtau | vector_arithmetic_unary_float_conv_float_tieaway_simd | 0 Q:1 U=1 011100 sz:1 100001110010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtas_advsimd.vector_arithmetic_unary_fp16_conv_float_tieaway_sisd | fcvtas | vector_arithmetic_unary_fp16_conv_float_tieaway_sisd | 01 U=0 1111001111001110010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtas_advsimd.vector_arithmetic_unary_float_conv_float_tieaway_sisd | fcvtas | vector_arithmetic_unary_float_conv_float_tieaway_sisd | 01 U=0 111100 sz:1 100001110010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtas_advsimd.vector_arithmetic_unary_fp16_conv_float_tieaway_simd | fcvtas | vector_arithmetic_unary_fp16_conv_float_tieaway_simd | 0 Q:1 U=0 0111001111001110010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fcvtas_advsimd.vector_arithmetic_unary_float_conv_float_tieaway_simd | fcvtas | vector_arithmetic_unary_float_conv_float_tieaway_simd | 0 Q:1 U=0 011100 sz:1 100001110010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
saddlv_advsimd.vector_reduce_add_long | saddlv | vector_reduce_add_long | 0 Q:1 U=0 01110 size:2 110000001110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
uaddlv_advsimd.vector_reduce_add_long | uaddlv | vector_reduce_add_long | 0 Q:1 U=1 01110 size:2 110000001110 Rn:5 Rd:5 | <vredd:Rd>, <vq:Rn>
frecpe_advsimd.vector_arithmetic_unary_special_recip_fp16_sisd | frecpe | vector_arithmetic_unary_special_recip_fp16_sisd | 0101111011111001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
frecpe_advsimd.vector_arithmetic_unary_special_recip_float_sisd | frecpe | vector_arithmetic_unary_special_recip_float_sisd | 010111101 sz:1 100001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
frecpe_advsimd.vector_arithmetic_unary_special_recip_fp16_simd | frecpe | vector_arithmetic_unary_special_recip_fp16_simd | 0 Q:1 00111011111001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frecpe_advsimd.vector_arithmetic_unary_special_recip_float_simd | frecpe | vector_arithmetic_unary_special_recip_float_simd | 0 Q:1 0011101 sz:1 100001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
scvtf_float_fix.float_convert_fix | scvtf | float_convert_fix | sf:1 0011110 ftype:2 0 rmode=00 opcode=010 scale:6 Rn:5 Rd:5 | <fp:Rd>, <r:Rn>, #<fbits:scale>
fcvtzu_float_fix.float_convert_fix | fcvtzu | float_convert_fix | sf:1 0011110 ftype:2 0 rmode=11 opcode=001 scale:6 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>, #<fbits:scale>
ucvtf_float_fix.float_convert_fix | ucvtf | float_convert_fix | sf:1 0011110 ftype:2 0 rmode=00 opcode=011 scale:6 Rn:5 Rd:5 | <fp:Rd>, <r:Rn>, #<fbits:scale>
fcvtzs_float_fix.float_convert_fix | fcvtzs | float_convert_fix | sf:1 0011110 ftype:2 0 rmode=11 opcode=000 scale:6 Rn:5 Rd:5 | <r:Rd>, <fp:Rn>, #<fbits:scale>
fsqrt_float.float_arithmetic_unary | fsqrt | float_arithmetic_unary | 00011110 ftype:2 10000 opc=11 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
fmov_float.float_arithmetic_unary | fmov | float_arithmetic_unary | 00011110 ftype:2 10000 opc=00 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
fneg_float.float_arithmetic_unary | fneg | float_arithmetic_unary | 00011110 ftype:2 10000 opc=10 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
fabs_float.float_arithmetic_unary | fabs | float_arithmetic_unary | 00011110 ftype:2 10000 opc=01 10000 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>
ldapr.memory_ordered_rcpc | ldapr | memory_ordered_rcpc | size=1x 111000101 Rs=11111 110000 Rn:5 Rt:5 | <rsz:Rt>, [<base:Rn>]
ldaprb.memory_ordered_rcpc | ldaprb | memory_ordered_rcpc | size=00 111000101 Rs=11111 110000 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
ldaprh.memory_ordered_rcpc | ldaprh | memory_ordered_rcpc | size=01 111000101 Rs=11111 110000 Rn:5 Rt:5 | <w:Rt>, [<base:Rn>]
sys.system_sysops | sys | system_sysops | 1101010100 L=0 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5 | #<u:op1>, <crn:CRn>, <crn:CRm>, #<u:op2>{, <xopt:Rt>}
sysl.system_sysops | sysl | system_sysops | 1101010100 L=1 01 op1:3 CRn:4 CRm:4 op2:3 Rt:5 | <x:Rt>, #<u:op1>, <crn:CRn>, <crn:CRm>, #<u:op2>
crc32c.integer_crc | crc32c | integer_crc | sf:1 0011010110 Rm:5 010 C=1 sz:2 Rn:5 Rd:5 | <w:Rd>, <w:Rn>, <crcm:Rm>
crc32.integer_crc | crc32 | integer_crc | sf:1 0011010110 Rm:5 010 C=0 sz:2 Rn:5 Rd:5 | <w:Rd>, <w:Rn>, <crcm:Rm>
brk.system_exceptions_debug_breakpoint | brk | system_exceptions_debug_breakpoint | 11010100001 imm16:16 00000 | #<hex:imm16>
usqadd_advsimd.vector_arithmetic_unary_add_saturating_sisd | usqadd | vector_arithmetic_unary_add_saturating_sisd | 01 U=1 11110 size:2 100000001110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
usqadd_advsimd.vector_arithmetic_unary_add_saturating_simd | usqadd | vector_arithmetic_unary_add_saturating_simd | 0 Q:1 U=1 01110 size:2 100000001110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
suqadd_advsimd.vector_arithmetic_unary_add_saturating_sisd | suqadd | vector_arithmetic_unary_add_saturating_sisd | 01 U=0 11110 size:2 100000001110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
suqadd_advsimd.vector_arithmetic_unary_add_saturating_simd | suqadd | vector_arithmetic_unary_add_saturating_simd | 0 Q:1 U=0 01110 size:2 100000001110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sqdmull_advsimd_elt.vector_arithmetic_binary_element_mul_double_sisd | sqdmull | vector_arithmetic_binary_element_mul_double_sisd | 01011111 size:2 L:1 M:1 Rm:4 1011 H:1 0 Rn:5 Rd:5 | <vsw:Rd>, <vs:Rn>, <velem:Rm>
sqdmull_advsimd_elt.vector_arithmetic_binary_element_mul_double_simd | sqdmull | vector_arithmetic_binary_element_mul_double_simd | 0 Q:1 001111 size:2 L:1 M:1 Rm:4 1011 H:1 0 Rn:5 Rd:5 | <vl:Rd>, <vq:Rn>, <velem:Rm>
uqxtn_advsimd.vector_arithmetic_unary_extract_sat_sisd | uqxtn | vector_arithmetic_unary_extract_sat_sisd | 01 U=1 11110 size:2 100001010010 Rn:5 Rd:5 | <vs:Rd>, <vsw:Rn>
uqxtn_advsimd.vector_arithmetic_unary_extract_sat_simd | uqxtn | vector_arithmetic_unary_extract_sat_simd | 0 Q:1 U=1 01110 size:2 100001010010 Rn:5 Rd:5 | <vq:Rd>, <vl:Rn>
sqxtn_advsimd.vector_arithmetic_unary_extract_sat_sisd | sqxtn | vector_arithmetic_unary_extract_sat_sisd | 01 U=0 11110 size:2 100001010010 Rn:5 Rd:5 | <vs:Rd>, <vsw:Rn>
sqxtn_advsimd.vector_arithmetic_unary_extract_sat_simd | sqxtn | vector_arithmetic_unary_extract_sat_simd | 0 Q:1 U=0 01110 size:2 100001010010 Rn:5 Rd:5 | <vq:Rd>, <vl:Rn>
scvtf_advsimd_int.vector_arithmetic_unary_fp16_conv_int_sisd | scvtf | vector_arithmetic_unary_fp16_conv_int_sisd | 01 U=0 1111001111001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
scvtf_advsimd_int.vector_arithmetic_unary_float_conv_int_sisd | scvtf | vector_arithmetic_unary_float_conv_int_sisd | 01 U=0 111100 sz:1 100001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
scvtf_advsimd_int.vector_arithmetic_unary_fp16_conv_int_simd | scvtf | vector_arithmetic_unary_fp16_conv_int_simd | 0 Q:1 U=0 0111001111001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
scvtf_advsimd_int.vector_arithmetic_unary_float_conv_int_simd | scvtf | vector_arithmetic_unary_float_conv_int_simd | 0 Q:1 U=0 011100 sz:1 100001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
ucvtf_advsimd_int.vector_arithmetic_unary_fp16_conv_int_sisd | ucvtf | vector_arithmetic_unary_fp16_conv_int_sisd | 01 U=1 1111001111001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
ucvtf_advsimd_int.vector_arithmetic_unary_float_conv_int_sisd | ucvtf | vector_arithmetic_unary_float_conv_int_sisd | 01 U=1 111100 sz:1 100001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
ucvtf_advsimd_int.vector_arithmetic_unary_fp16_conv_int_simd | ucvtf | vector_arithmetic_unary_fp16_conv_int_simd | 0 Q:1 U=1 0111001111001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
ucvtf_advsimd_int.vector_arithmetic_unary_float_conv_int_simd | ucvtf | vector_arithmetic_unary_float_conv_int_simd | 0 Q:1 U=1 011100 sz:1 100001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sha256su0_advsimd.vector_crypto_sha2op_sha256_sched0 | sha256su0 | vector_crypto_sha2op_sha256_sched0 | 0101111000101000001010 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>
dup_advsimd_elt.vector_transfer_vector_cpy_dup_sisd | dup | vector_transfer_vector_cpy_dup_sisd | 01011110000 imm5:5 000001 Rn:5 Rd:5 | <vs5:Rd>, <velt5:Rn>
dup_advsimd_elt.vector_transfer_vector_cpy_dup_simd | dup | vector_transfer_vector_cpy_dup_simd | 0 Q:1 001110000 imm5:5 000001 Rn:5 Rd:5 | <vt5:Rd>, <velt5:Rn>
zip2_advsimd.vector_transfer_vector_permute_zip | zip2 | vector_transfer_vector_permute_zip | 0 Q:1 001110 size:2 0 Rm:5 0 op=1 1110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
zip1_advsimd.vector_transfer_vector_permute_zip | zip1 | vector_transfer_vector_permute_zip | 0 Q:1 001110 size:2 0 Rm:5 0 op=0 1110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sm4e_advsimd.vector_crypto_sm4_sm4enc | sm4e | vector_crypto_sm4_sm4enc | 1100111011000000100001 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>
mul_advsimd_elt.vector_arithmetic_binary_element_mul_int | mul | vector_arithmetic_binary_element_mul_int | 0 Q:1 001111 size:2 L:1 M:1 Rm:4 1000 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
sqdmull_advsimd_vec.vector_arithmetic_binary_disparate_mul_double_sisd | sqdmull | vector_arithmetic_binary_disparate_mul_double_sisd | 01011110 size:2 1 Rm:5 110100 Rn:5 Rd:5 | <vsw:Rd>, <vs:Rn>, <vs:Rm>
sqdmull_advsimd_vec.vector_arithmetic_binary_disparate_mul_double_simd | sqdmull | vector_arithmetic_binary_disparate_mul_double_simd | 0 Q:1 001110 size:2 1 Rm:5 110100 Rn:5 Rd:5 | <vl:Rd>, <vl2:Rn>, <vl2:Rm>
fsqrt_advsimd.vector_arithmetic_unary_special_sqrt_fp16 | fsqrt | vector_arithmetic_unary_special_sqrt_fp16 | 0 Q:1 10111011111001111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fsqrt_advsimd.vector_arithmetic_unary_special_sqrt | fsqrt | vector_arithmetic_unary_special_sqrt | 0 Q:1 1011101 sz:1 100001111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
fmov_float_imm.float_move_fp_imm | fmov | float_move_fp_imm | 00011110 ftype:2 1 imm8:8 10000000 Rd:5 | <fp:Rd>, #<fpimm:imm8>
sm3tt2b_advsimd.vector_crypto_sm3_sm3tt2b | sm3tt2b | vector_crypto_sm3_sm3tt2b | 11001110010 Rm:5 10 imm2:2 11 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
mla_advsimd_elt.vector_arithmetic_binary_element_mul_acc_int | mla | vector_arithmetic_binary_element_mul_acc_int | 0 Q:1 101111 size:2 L:1 M:1 Rm:4 0 o2=0 00 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
mls_advsimd_elt.vector_arithmetic_binary_element_mul_acc_int | mls | vector_arithmetic_binary_element_mul_acc_int | 0 Q:1 101111 size:2 L:1 M:1 Rm:4 0 o2=1 00 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
sm3tt1b_advsimd.vector_crypto_sm3_sm3tt1b | sm3tt1b | vector_crypto_sm3_sm3tt1b | 11001110010 Rm:5 10 imm2:2 01 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fcmlt_advsimd.vector_arithmetic_unary_cmp_fp16_lessthan_sisd | fcmlt | vector_arithmetic_unary_cmp_fp16_lessthan_sisd | 0101111011111000111010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmlt_advsimd.vector_arithmetic_unary_cmp_float_lessthan_sisd | fcmlt | vector_arithmetic_unary_cmp_float_lessthan_sisd | 010111101 sz:1 100000111010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0.0
fcmlt_advsimd.vector_arithmetic_unary_cmp_fp16_lessthan_simd | fcmlt | vector_arithmetic_unary_cmp_fp16_lessthan_simd | 0 Q:1 00111011111000111010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
fcmlt_advsimd.vector_arithmetic_unary_cmp_float_lessthan_simd | fcmlt | vector_arithmetic_unary_cmp_float_lessthan_simd | 0 Q:1 0011101 sz:1 100000111010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0.0
pmul_advsimd.vector_arithmetic_binary_uniform_mul_int_product | pmul | vector_arithmetic_binary_uniform_mul_int_product | 0 Q:1 U=1 01110 size:2 1 Rm:5 100111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
mul_advsimd_vec.vector_arithmetic_binary_uniform_mul_int_product | mul | vector_arithmetic_binary_uniform_mul_int_product | 0 Q:1 U=0 01110 size:2 1 Rm:5 100111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sm3tt2a_advsimd.vector_crypto_sm3_sm3tt2a | sm3tt2a | vector_crypto_sm3_sm3tt2a | 11001110010 Rm:5 10 imm2:2 10 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sqdmulh_advsimd_elt.vector_arithmetic_binary_element_mul_high_sisd | sqdmulh | vector_arithmetic_binary_element_mul_high_sisd | 01011111 size:2 L:1 M:1 Rm:4 110 op=0 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
sqdmulh_advsimd_elt.vector_arithmetic_binary_element_mul_high_simd | sqdmulh | vector_arithmetic_binary_element_mul_high_simd | 0 Q:1 001111 size:2 L:1 M:1 Rm:4 110 op=0 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
sqrdmulh_advsimd_elt.vector_arithmetic_binary_element_mul_high_sisd | sqrdmulh | vector_arithmetic_binary_element_mul_high_sisd | 01011111 size:2 L:1 M:1 Rm:4 110 op=1 H:1 0 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <velem:Rm>
sqrdmulh_advsimd_elt.vector_arithmetic_binary_element_mul_high_simd | sqrdmulh | vector_arithmetic_binary_element_mul_high_simd | 0 Q:1 001111 size:2 L:1 M:1 Rm:4 110 op=1 H:1 0 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <velem:Rm>
ldur_fpsimd.memory_single_simdfp_immediate_signed_offset_normal | ldur | memory_single_simdfp_immediate_signed_offset_normal | size:2 111100 opc=x1 0 imm9:9 00 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>{, #<simm:imm9>}]
stur_fpsimd.memory_single_simdfp_immediate_signed_offset_normal | stur | memory_single_simdfp_immediate_signed_offset_normal | size:2 111100 opc=x0 0 imm9:9 00 Rn:5 Rt:5 | <vls:Rt>, [<base:Rn>{, #<simm:imm9>}]
fcvtxn_advsimd.vector_arithmetic_unary_float_xtn_sisd | fcvtxn | vector_arithmetic_unary_float_xtn_sisd | 011111100 sz:1 100001011010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
fcvtxn_advsimd.vector_arithmetic_unary_float_xtn_simd | fcvtxn | vector_arithmetic_unary_float_xtn_simd | 0 Q:1 1011100 sz:1 100001011010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
add_advsimd.vector_arithmetic_binary_uniform_add_wrapping_single_sisd | add | vector_arithmetic_binary_uniform_add_wrapping_single_sisd | 01 U=0 11110 size:2 1 Rm:5 100001 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
add_advsimd.vector_arithmetic_binary_uniform_add_wrapping_single_simd | add | vector_arithmetic_binary_uniform_add_wrapping_single_simd | 0 Q:1 U=0 01110 size:2 1 Rm:5 100001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sub_advsimd.vector_arithmetic_binary_uniform_add_wrapping_single_sisd | sub | vector_arithmetic_binary_uniform_add_wrapping_single_sisd | 01 U=1 11110 size:2 1 Rm:5 100001 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
sub_advsimd.vector_arithmetic_binary_uniform_add_wrapping_single_simd | sub | vector_arithmetic_binary_uniform_add_wrapping_single_simd | 0 Q:1 U=1 01110 size:2 1 Rm:5 100001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
shll_advsimd.vector_arithmetic_unary_shift | shll | vector_arithmetic_unary_shift | 0 Q:1 101110 size:2 100001001110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
hvc.system_exceptions_runtime_hvc | hvc | system_exceptions_runtime_hvc | 11010100000 imm16:16 00010 | #<hex:imm16>
tbnz.branch_conditional_test | tbnz | branch_conditional_test | b5:1 011011 op=1 b40:5 imm14:14 Rt:5 | <tbr:Rt>, #<tbit:b5:b40>, <label:imm14>
tbz.branch_conditional_test | tbz | branch_conditional_test | b5:1 011011 op=0 b40:5 imm14:14 Rt:5 | <tbr:Rt>, #<tbit:b5:b40>, <label:imm14>
asrv.integer_shift_variable | asrv | integer_shift_variable | sf:1 0011010110 Rm:5 0010 op2=10 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
lslv.integer_shift_variable | lslv | integer_shift_variable | sf:1 0011010110 Rm:5 0010 op2=00 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
lsrv.integer_shift_variable | lsrv | integer_shift_variable | sf:1 0011010110 Rm:5 0010 op2=01 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
rorv.integer_shift_variable | rorv | integer_shift_variable | sf:1 0011010110 Rm:5 0010 op2=11 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>
fcsel_float.float_move_fp_select | fcsel | float_move_fp_select | 00011110 ftype:2 1 Rm:5 cond:4 11 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>, <cond:cond>
cmlt_advsimd.vector_arithmetic_unary_cmp_int_lessthan_sisd | cmlt | vector_arithmetic_unary_cmp_int_lessthan_sisd | 01011110 size:2 100000101010 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, #0
cmlt_advsimd.vector_arithmetic_unary_cmp_int_lessthan_simd | cmlt | vector_arithmetic_unary_cmp_int_lessthan_simd | 0 Q:1 001110 size:2 100000101010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, #0
ext_advsimd.vector_transfer_vector_extract | ext | vector_transfer_vector_extract | 0 Q:1 101110000 Rm:5 0 imm4:4 0 Rn:5 Rd:5 | <vq8:Rd>, <vq8:Rn>, <vq8:Rm>, #<u:imm4>
fdiv_float.float_arithmetic_div | fdiv | float_arithmetic_div | 00011110 ftype:2 1 Rm:5 000110 Rn:5 Rd:5 | <fp:Rd>, <fp:Rn>, <fp:Rm>
svc.system_exceptions_runtime_svc | svc | system_exceptions_runtime_svc | 11010100000 imm16:16 00001 | #<hex:imm16>
clrex.system_monitors | clrex | system_monitors | 11010101000000110011 CRm:4 01011111 | {#<u:CRm>}
sm3ss1_advsimd.vector_crypto_sm3_sm3ss1 | sm3ss1 | vector_crypto_sm3_sm3ss1 | 11001110010 Rm:5 0 Ra:5 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
ccmn_reg.integer_conditional_compare_register | ccmn | integer_conditional_compare_register | sf:1 op=0 111010010 Rm:5 cond:4 00 Rn:5 0 nzcv:4 | <r:Rn>, <r:Rm>, #<u:nzcv>, <cond:cond>
ccmp_reg.integer_conditional_compare_register | ccmp | integer_conditional_compare_register | sf:1 op=1 111010010 Rm:5 cond:4 00 Rn:5 0 nzcv:4 | <r:Rn>, <r:Rm>, #<u:nzcv>, <cond:cond>
b_uncond.branch_unconditional_immediate | b | branch_unconditional_immediate | op=0 00101 imm26:26 | <label:imm26>
bl.branch_unconditional_immediate | bl | branch_unconditional_immediate | op=1 00101 imm26:26 | <label:imm26>
fmov_advsimd.vector_fp16_movi | fmov | vector_fp16_movi | 0 Q:1 00111100000 a:1 b:1 c:1 111111 d:1 e:1 f:1 g:1 h:1 Rd:5 | <vmodimm:Rd>
fmov_advsimd.vector_logical | fmov | vector_logical | 0 Q:1 op:1 0111100000 a:1 b:1 c:1 cmode=1111 01 d:1 e:1 f:1 g:1 h:1 Rd:5 | <vmodimm:Rd>
fsub_advsimd.vector_arithmetic_binary_uniform_sub_fp16_simd | fsub | vector_arithmetic_binary_uniform_sub_fp16_simd | 0 Q:1 U=0 01110110 Rm:5 000101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
fsub_advsimd.vector_arithmetic_binary_uniform_sub_fp_simd | fsub | vector_arithmetic_binary_uniform_sub_fp_simd | 0 Q:1 U=0 011101 sz:1 1 Rm:5 110101 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
urecpe_advsimd.vector_arithmetic_unary_special_recip_int | urecpe | vector_arithmetic_unary_special_recip_int | 0 Q:1 0011101 sz:1 100001110010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sm3partw2_advsimd.vector_crypto_sm3_sm3partw2 | sm3partw2 | vector_crypto_sm3_sm3partw2 | 11001110011 Rm:5 110001 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>, <v4s:Rm>
ldr_lit_fpsimd.memory_literal_simdfp | ldr | memory_literal_simdfp | opc:2 011100 imm19:19 Rt:5 | <vlit:Rt>, <label:imm19>
raddhn_advsimd.vector_arithmetic_binary_disparate_add_sub_narrow | raddhn | vector_arithmetic_binary_disparate_add_sub_narrow | 0 Q:1 U=1 01110 size:2 1 Rm:5 01 o1=0 000 Rn:5 Rd:5 | <vl2:Rd>, <vl:Rn>, <vl:Rm>
subhn_advsimd.vector_arithmetic_binary_disparate_add_sub_narrow | subhn | vector_arithmetic_binary_disparate_add_sub_narrow | 0 Q:1 U=0 01110 size:2 1 Rm:5 01 o1=1 000 Rn:5 Rd:5 | <vl2:Rd>, <vl:Rn>, <vl:Rm>
rsubhn_advsimd.vector_arithmetic_binary_disparate_add_sub_narrow | rsubhn | vector_arithmetic_binary_disparate_add_sub_narrow | 0 Q:1 U=1 01110 size:2 1 Rm:5 01 o1=1 000 Rn:5 Rd:5 | <vl2:Rd>, <vl:Rn>, <vl:Rm>
addhn_advsimd.vector_arithmetic_binary_disparate_add_sub_narrow | addhn | vector_arithmetic_binary_disparate_add_sub_narrow | 0 Q:1 U=0 01110 size:2 1 Rm:5 01 o1=0 000 Rn:5 Rd:5 | <vl2:Rd>, <vl:Rn>, <vl:Rm>
casp.memory_atomicops_cas_pair | casp | memory_atomicops_cas_pair | 0 sz:1 0010000 L:1 1 Rs:5 o0:1 Rt2=11111 Rn:5 Rt:5 | <rsz1:Rs>, <rsz1p:Rs>, <rsz1:Rt>, <rsz1p:Rt>, [<base:Rn>]
frecpx_advsimd.vector_arithmetic_unary_special_frecpx_fp16 | frecpx | vector_arithmetic_unary_special_frecpx_fp16 | 0101111011111001111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frecpx_advsimd.vector_arithmetic_unary_special_frecpx | frecpx | vector_arithmetic_unary_special_frecpx | 010111101 sz:1 100001111110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
uhsub_advsimd.vector_arithmetic_binary_uniform_sub_int | uhsub | vector_arithmetic_binary_uniform_sub_int | 0 Q:1 U=1 01110 size:2 1 Rm:5 001001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
shsub_advsimd.vector_arithmetic_binary_uniform_sub_int | shsub | vector_arithmetic_binary_uniform_sub_int | 0 Q:1 U=0 01110 size:2 1 Rm:5 001001 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
sha1m_advsimd.vector_crypto_sha3op_sha1_hash_majority | sha1m | vector_crypto_sha3op_sha1_hash_majority | 01011110000 Rm:5 001000 Rn:5 Rd:5 | <fq:Rd>, <fs:Rn>, <v4s:Rm>
not_advsimd.vector_arithmetic_unary_not | not | vector_arithmetic_unary_not | 0 Q:1 10111000100000010110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frsqrte_advsimd.vector_arithmetic_unary_special_sqrt_est_fp16_sisd | frsqrte | vector_arithmetic_unary_special_sqrt_est_fp16_sisd | 0111111011111001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
frsqrte_advsimd.vector_arithmetic_unary_special_sqrt_est_float_sisd | frsqrte | vector_arithmetic_unary_special_sqrt_est_float_sisd | 011111101 sz:1 100001110110 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>
frsqrte_advsimd.vector_arithmetic_unary_special_sqrt_est_fp16_simd | frsqrte | vector_arithmetic_unary_special_sqrt_est_fp16_simd | 0 Q:1 10111011111001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
frsqrte_advsimd.vector_arithmetic_unary_special_sqrt_est_float_simd | frsqrte | vector_arithmetic_unary_special_sqrt_est_float_simd | 0 Q:1 1011101 sz:1 100001110110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sha512h_advsimd.vector_crypto_sha512_sha512h | sha512h | vector_crypto_sha512_sha512h | 11001110011 Rm:5 100000 Rn:5 Rd:5 | <fq:Rd>, <fq:Rn>, <v2d:Rm>
ursqrte_advsimd.vector_arithmetic_unary_special_sqrt_est_int | ursqrte | vector_arithmetic_unary_special_sqrt_est_int | 0 Q:1 1011101 sz:1 100001110010 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
sha1p_advsimd.vector_crypto_sha3op_sha1_hash_parity | sha1p | vector_crypto_sha3op_sha1_hash_parity | 01011110000 Rm:5 000100 Rn:5 Rd:5 | <fq:Rd>, <fs:Rn>, <v4s:Rm>
sha256h_advsimd.vector_crypto_sha3op_sha256_hash | sha256h | vector_crypto_sha3op_sha256_hash | 01011110000 Rm:5 010 P=0 00 Rn:5 Rd:5 | <fq:Rd>, <fq:Rn>, <v4s:Rm>
sha256h2_advsimd.vector_crypto_sha3op_sha256_hash | sha256h2 | vector_crypto_sha3op_sha256_hash | 01011110000 Rm:5 010 P=1 00 Rn:5 Rd:5 | <fq:Rd>, <fq:Rn>, <v4s:Rm>
extr.integer_ins_ext_extract_immediate | extr | integer_ins_ext_extract_immediate | sf:1 00100111 N:1 0 Rm:5 imms:6 Rn:5 Rd:5 | <r:Rd>, <r:Rn>, <r:Rm>, #<u:imms>
sqxtun_advsimd.vector_arithmetic_unary_extract_sqxtun_sisd | sqxtun | vector_arithmetic_unary_extract_sqxtun_sisd | 01111110 size:2 100001001010 Rn:5 Rd:5 | <vs:Rd>, <vsw:Rn>
sqxtun_advsimd.vector_arithmetic_unary_extract_sqxtun_simd | sqxtun | vector_arithmetic_unary_extract_sqxtun_simd | 0 Q:1 101110 size:2 100001001010 Rn:5 Rd:5 | <vq:Rd>, <vl:Rn>
frsqrts_advsimd.vector_arithmetic_binary_uniform_rsqrts_fp16_sisd | frsqrts | vector_arithmetic_binary_uniform_rsqrts_fp16_sisd | 01011110110 Rm:5 001111 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
frsqrts_advsimd.vector_arithmetic_binary_uniform_rsqrts_sisd | frsqrts | vector_arithmetic_binary_uniform_rsqrts_sisd | 010111101 sz:1 1 Rm:5 111111 Rn:5 Rd:5 | <vs:Rd>, <vs:Rn>, <vs:Rm>
frsqrts_advsimd.vector_arithmetic_binary_uniform_rsqrts_fp16_simd | frsqrts | vector_arithmetic_binary_uniform_rsqrts_fp16_simd | 0 Q:1 001110110 Rm:5 001111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
frsqrts_advsimd.vector_arithmetic_binary_uniform_rsqrts_simd | frsqrts | vector_arithmetic_binary_uniform_rsqrts_simd | 0 Q:1 0011101 sz:1 1 Rm:5 111111 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>, <vq:Rm>
cnt_advsimd.vector_arithmetic_unary_cnt | cnt | vector_arithmetic_unary_cnt | 0 Q:1 001110 size:2 100000010110 Rn:5 Rd:5 | <vq:Rd>, <vq:Rn>
hlt.system_exceptions_debug_halt | hlt | system_exceptions_debug_halt | 11010100010 imm16:16 00000 | #<hex:imm16>
fmaxp_advsimd_pair.vector_reduce_fp16_max_sisd | fmaxp | vector_reduce_fp16_max_sisd | 01011110 o1=0 sz=0 110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
fmaxp_advsimd_pair.vector_reduce_fp_max_sisd | fmaxp | vector_reduce_fp_max_sisd | 01111110 o1=0 sz:1 110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
fminp_advsimd_pair.vector_reduce_fp16_max_sisd | fminp | vector_reduce_fp16_max_sisd | 01011110 o1=1 sz=0 110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
fminp_advsimd_pair.vector_reduce_fp_max_sisd | fminp | vector_reduce_fp_max_sisd | 01111110 o1=1 sz:1 110000111110 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
sha256su1_advsimd.vector_crypto_sha3op_sha256_sched1 | sha256su1 | vector_crypto_sha3op_sha256_sched1 | 01011110000 Rm:5 011000 Rn:5 Rd:5 | <v4s:Rd>, <v4s:Rn>, <v4s:Rm>
bcax_advsimd.vector_crypto_sha3_bcax | bcax | vector_crypto_sha3_bcax | 11001110001 Rm:5 0 Ra:5 Rn:5 Rd:5 | <v16b:Rd>, <v16b:Rn>, <v16b:Rm>, <v16b:Ra>
drps.branch_unconditional_dret | drps | branch_unconditional_dret | 11010110101111110000001111100000 | 
ldnp_fpsimd.memory_pair_simdfp_no_alloc | ldnp | memory_pair_simdfp_no_alloc | opc:2 1011000 L=1 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
stnp_fpsimd.memory_pair_simdfp_no_alloc | stnp | memory_pair_simdfp_no_alloc | opc:2 1011000 L=0 imm7:7 Rt2:5 Rn:5 Rt:5 | <vpair:Rt>, <vpair:Rt2>, [<base:Rn>{, #<spair:imm7>}]
sha512h2_advsimd.vector_crypto_sha512_sha512h2 | sha512h2 | vector_crypto_sha512_sha512h2 | 11001110011 Rm:5 100001 Rn:5 Rd:5 | <fq:Rd>, <fq:Rn>, <v2d:Rm>
eor3_advsimd.vector_crypto_sha3_eor3 | eor3 | vector_crypto_sha3_eor3 | 11001110000 Rm:5 0 Ra:5 Rn:5 Rd:5 | <v16b:Rd>, <v16b:Rn>, <v16b:Rm>, <v16b:Ra>
faddp_advsimd_pair.vector_reduce_fp16_add_sisd | faddp | vector_reduce_fp16_add_sisd | 010111100 sz=0 110000110110 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
faddp_advsimd_pair.vector_reduce_fp_add_sisd | faddp | vector_reduce_fp_add_sisd | 011111100 sz:1 110000110110 Rn:5 Rd:5 | <vredd:Rd>, <vpr:Rn>
sri_advsimd.vector_shift_right_insert_sisd | sri | vector_shift_right_insert_sisd | 011111110 immh:4 immb:3 010001 Rn:5 Rd:5 | <vsh:Rd>, <vsh:Rn>, #<shr:immh:immb>
sri_advsimd.vector_shift_right_insert_simd | sri | vector_shift_right_insert_simd | 0 Q:1 1011110 immh:4 immb:3 010001 Rn:5 Rd:5 !22:19=0000 | <vqh:Rd>, <vqh:Rn>, #<shr:immh:immb>
dup_advsimd_gen.vector_transfer_integer_dup | dup | vector_transfer_integer_dup | 0 Q:1 001110000 imm5:5 000011 Rn:5 Rd:5 | <vt5:Rd>, <r5:Rn>
xtn_advsimd.vector_arithmetic_unary_extract_nosat | xtn | vector_arithmetic_unary_extract_nosat | 0 Q:1 001110 size:2 100001001010 Rn:5 Rd:5 | <vq:Rd>, <vl:Rn>
rax1_advsimd.vector_crypto_sha3_rax1 | rax1 | vector_crypto_sha3_rax1 | 11001110011 Rm:5 100011 Rn:5 Rd:5 | <v2d:Rd>, <v2d:Rn>, <v2d:Rm>
msr_imm.system_register_cpsr | msr | system_register_cpsr | 1101010100000 op1:3 0100 CRm:4 op2:3 11111 | <pstatefield:op1:op2>, #<u:CRm>
fcvt_float.float_convert_fp | fcvt | float_convert_fp | 00011110 ftype:2 10001 opc:2 10000 Rn:5 Rd:5 | <fpopc:Rd>, <fp:Rn>
`;
