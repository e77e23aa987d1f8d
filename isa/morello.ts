// Every Morello instruction, one declaration per encoding, in the Sail model's first-match
// decode order (src/instrs.sail __DecodeA64 clauses with Morello decode functions). Columns as in
// isa/a64.ts; the id is the Sail clause name. Class of every entry: morello.
export const MORELLO_TABLE = `
ADR_C_I_C | adr | ADR_C_I_C | op=0 immlo:2 10000 P:1 immhi:18 Rd:5 | <cadr:Rd>, <adrlabel>
ADRP_C_I_C | <adrpm> | ADRP_C_I_C | op=1 immlo:2 10000 P:1 immhi:18 Rd:5 | <cadr:Rd>, <adrplabel>
ADRP_C_IP_C | adrp | ADRP_C_IP_C | op=1 immlo:2 10000 P=1 immhi:18 Rd:5 | <cadr:Rd>, <adrplabel>
ADRDP_C_ID_C | adrdp | ADRDP_C_ID_C | op=1 immlo:2 10000 P=0 immhi:18 Rd:5 | <c:Rd>, #<adrdp>
ADD_C_CIS_C | add | ADD_C_CIS_C | 00000010 A=0 sh:1 imm12:12 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm12>{, lsl #<u12:sh>}
ADD_C_CRI_C | add | ADD_C_CRI_C | 11000010101 Rm:5 option_name:3 imm3:3 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <extreg:Rm:option_name:imm3>
ALDUR_C_RI_C | ldur | ALDUR_C_RI_C | 11100010 op1=11 V=0 imm9:9 op2=11 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_R_RI_32 | ldur | ALDUR_R_RI_32 | 11100010 op1=10 V=0 imm9:9 op2=01 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_R_RI_64 | ldur | ALDUR_R_RI_64 | 11100010 op1=11 V=0 imm9:9 op2=01 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_V_RI_B | ldur | ALDUR_V_RI_B | 11100010 op1=00 V=1 imm9:9 op2=01 Rn:5 Rt:5 | <fb:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_V_RI_D | ldur | ALDUR_V_RI_D | 11100010 op1=11 V=1 imm9:9 op2=01 Rn:5 Rt:5 | <fd:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_V_RI_H | ldur | ALDUR_V_RI_H | 11100010 op1=01 V=1 imm9:9 op2=01 Rn:5 Rt:5 | <fh:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_V_RI_Q | ldur | ALDUR_V_RI_Q | 11100010 op1=00 V=1 imm9:9 op2=11 Rn:5 Rt:5 | <fq:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDUR_V_RI_S | ldur | ALDUR_V_RI_S | 11100010 op1=10 V=1 imm9:9 op2=01 Rn:5 Rt:5 | <fs:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURB_R_RI_32 | ldurb | ALDURB_R_RI_32 | 11100010 op1=00 V=0 imm9:9 op2=01 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURH_R_RI_32 | ldurh | ALDURH_R_RI_32 | 11100010 op1=01 V=0 imm9:9 op2=01 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURSB_R_RI_32 | ldursb | ALDURSB_R_RI_32 | 11100010 op1=00 V=0 imm9:9 op2=11 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURSB_R_RI_64 | ldursb | ALDURSB_R_RI_64 | 11100010 op1=00 V=0 imm9:9 op2=10 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURSH_R_RI_32 | ldursh | ALDURSH_R_RI_32 | 11100010 op1=01 V=0 imm9:9 op2=11 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURSH_R_RI_64 | ldursh | ALDURSH_R_RI_64 | 11100010 op1=01 V=0 imm9:9 op2=10 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALDURSW_R_RI_64 | ldursw | ALDURSW_R_RI_64 | 11100010 op1=10 V=0 imm9:9 op2=10 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ALIGND_C_CI_C | alignd | ALIGND_C_CI_C | 11000010110 imm6:6 U=0 0110 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm6>
ALIGNU_C_CI_C | alignu | ALIGNU_C_CI_C | 11000010110 imm6:6 U=1 0110 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm6>
ASTUR_C_RI_C | stur | ASTUR_C_RI_C | 11100010 op1=10 V=0 imm9:9 op2=11 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_R_RI_32 | stur | ASTUR_R_RI_32 | 11100010 op1=10 V=0 imm9:9 op2=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_R_RI_64 | stur | ASTUR_R_RI_64 | 11100010 op1=11 V=0 imm9:9 op2=00 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_V_RI_B | stur | ASTUR_V_RI_B | 11100010 op1=00 V=1 imm9:9 op2=00 Rn:5 Rt:5 | <fb:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_V_RI_D | stur | ASTUR_V_RI_D | 11100010 op1=11 V=1 imm9:9 op2=00 Rn:5 Rt:5 | <fd:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_V_RI_H | stur | ASTUR_V_RI_H | 11100010 op1=01 V=1 imm9:9 op2=00 Rn:5 Rt:5 | <fh:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_V_RI_Q | stur | ASTUR_V_RI_Q | 11100010 op1=00 V=1 imm9:9 op2=10 Rn:5 Rt:5 | <fq:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTUR_V_RI_S | stur | ASTUR_V_RI_S | 11100010 op1=10 V=1 imm9:9 op2=00 Rn:5 Rt:5 | <fs:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTURB_R_RI_32 | sturb | ASTURB_R_RI_32 | 11100010 op1=00 V=0 imm9:9 op2=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
ASTURH_R_RI_32 | sturh | ASTURH_R_RI_32 | 11100010 op1=01 V=0 imm9:9 op2=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<simm:imm9>}]
BICFLGS_C_CI_C | bicflgs | BICFLGS_C_CI_C | 11000010111 imm8:8 000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm8>
BICFLGS_C_CR_C | bicflgs | BICFLGS_C_CR_C | 11000010110 Rm:5 opc=00 1010 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
BLR_C_C | blr | BLR_C_C | 11000010110000100 opc=01 100 Cn:5 00000 | <c:Cn>
BLRR_C_C | blrr | BLRR_C_C | 11000010110000100 opc=01 100 Cn:5 00011 | <c:Cn>
BLRS_C_C_C | blrs | BLRS_C_C_C | 11000010110 Cm:5 1 opc=01 001 Cn:5 00000 | c29, <c:Cn>, <c:Cm>
BR_C_C | br | BR_C_C | 11000010110000100 opc=00 100 Cn:5 00000 | <c:Cn>
BRR_C_C | brr | BRR_C_C | 11000010110000100 opc=00 100 Cn:5 00011 | <c:Cn>
BRS_C_C_C | brs | BRS_C_C_C | 11000010110 Cm:5 1 opc=00 001 Cn:5 00000 | c29, <c:Cn>, <c:Cm>
CAS_C_R_C | cas | CAS_C_R_C | 101000101 L=0 1 Cs:5 R=0 11111 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
CASA_C_R_C | casa | CASA_C_R_C | 101000101 L=1 1 Cs:5 R=0 11111 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
CASAL_C_R_C | casal | CASAL_C_R_C | 101000101 L=1 1 Cs:5 R=1 11111 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
CASL_C_R_C | casl | CASL_C_R_C | 101000101 L=0 1 Cs:5 R=1 11111 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
BUILD_C_C_C | build | BUILD_C_C_C | 11000010110 Cm:5 0 opc=00 001 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <csp:Cm>
CSEAL_C_C_C | cseal | CSEAL_C_C_C | 11000010110 Cm:5 0 opc=10 001 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <csp:Cm>
CLRPERM_C_CR_C | clrperm | CLRPERM_C_CR_C | 11000010110 Rm:5 101000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
CLRTAG_C_C_C | clrtag | CLRTAG_C_C_C | 11000010110000011 opc=00 100 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>
CPY_C_C_C | mov | CPY_C_C_C | 11000010110000011 opc=10 100 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>
SEAL_C_CI_C | seal | SEAL_C_CI_C | 11000010110000110 form:2 100 Cn:5 Cd:5 | <c:Cd>, <c:Cn>, <sealform:form>
SEAL_C_CC_C | seal | SEAL_C_CC_C | 11000010110 Cm:5 opc=00 0010 Cn:5 Cd:5 | <c:Cd>, <c:Cn>, <c:Cm>
CSEL_C_CI_C | csel | CSEL_C_CI_C | 11000010110 Cm:5 cond:4 11 Cn:5 Cd:5 | <c:Cd>, <c:Cn>, <c:Cm>, <cond:cond>
UNSEAL_C_CC_C | unseal | UNSEAL_C_CC_C | 11000010110 Cm:5 opc=01 0010 Cn:5 Cd:5 | <c:Cd>, <c:Cn>, <c:Cm>
EORFLGS_C_CI_C | eorflgs | EORFLGS_C_CI_C | 11000010111 imm8:8 100 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm8>
EORFLGS_C_CR_C | eorflgs | EORFLGS_C_CR_C | 11000010110 Rm:5 opc=10 1010 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
CFHI_R_C_C | cfhi | CFHI_R_C_C | 11000010110000010 opc=10 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCBASE_R_C_C | gcbase | GCBASE_R_C_C | 1100001011000000 opc=000 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCVALUE_R_C_C | gcvalue | GCVALUE_R_C_C | 1100001011000000 opc=010 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCLEN_R_C_C | gclen | GCLEN_R_C_C | 1100001011000000 opc=001 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCLIM_R_C_C | gclim | GCLIM_R_C_C | 11000010110000010 opc=00 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCOFF_R_C_C | gcoff | GCOFF_R_C_C | 1100001011000000 opc=011 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCPERM_R_C_C | gcperm | GCPERM_R_C_C | 1100001011000000 opc=110 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCSEAL_R_C_C | gcseal | GCSEAL_R_C_C | 1100001011000000 opc=101 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCTAG_R_C_C | gctag | GCTAG_R_C_C | 1100001011000000 opc=100 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCTYPE_R_C_C | gctype | GCTYPE_R_C_C | 1100001011000000 opc=111 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
GCFLGS_R_C_C | gcflgs | GCFLGS_R_C_C | 11000010110000010 opc=01 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
CTHI_C_CR_C | cthi | CTHI_C_CR_C | 11000010110 Rm:5 opc=11 1010 Cn:5 Cd:5 | <csp:Cd>, <c:Cn>, <x:Rm>
LDAPR_C_R_C | ldapr | LDAPR_C_R_C | 1010001000111111110000 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>]
LDAR_C_R_C | ldar | LDAR_C_R_C | 010000100 L=1 011111111111 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>]
LDAXP_C_R_C | ldaxp | LDAXP_C_R_C | 001000100 L=1 1111111 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>]
LDAXR_C_R_C | ldaxr | LDAXR_C_R_C | 001000100 L=1 011111111111 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>]
ALDAR_C_R_C | ldar | ALDAR_C_R_C | 010000100 L=1 011111011111 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>]
ALDARB_R_R_B | ldarb | ALDARB_R_R_B | 010000100 L=1 111111011111 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>]
ALDAR_R_R_32 | ldar | ALDAR_R_R_32 | 010000100 L=1 111111111111 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>]
LDNP_C_RIB_C | ldnp | LDNP_C_RIB_C | 011000100 L=1 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>{, #<simm16:imm7>}]
LDP_C_RIB_C | ldp | LDP_C_RIB_C | 010000101 L=1 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>{, #<simm16:imm7>}]
LDP_C_RIBW_C | ldp | LDP_C_RIBW_C | 011000101 L=1 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>, #<simm16:imm7>]!
LDP_CC_RIAW_C | ldp | LDP_CC_RIAW_C | 001000101 L=1 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>], #<simm16:imm7>
LDPBLR_C_C_C | ldpblr | LDPBLR_C_C_C | 11000010110001000 opc=01 100 Cn:5 Ct:5 | <c:Ct>, [<csp:Cn>]
LDPBR_C_C_C | ldpbr | LDPBR_C_C_C | 11000010110001000 opc=00 100 Cn:5 Ct:5 | <c:Ct>, [<csp:Cn>]
LDR_C_I_C | ldr | LDR_C_I_C | 1000001000 imm17:17 Ct:5 | <c:Ct>, <label16:imm17>
LDR_C_RIAW_C | ldr | LDR_C_RIAW_C | 10100010 opc=01 0 imm9:9 01 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>], #<simm16:imm9>
LDR_C_RUIB_C | ldr | LDR_C_RUIB_C | 110000100 L=1 imm12:12 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>{, #<u16:imm12>}]
LDR_C_RIBW_C | ldr | LDR_C_RIBW_C | 10100010 opc=01 0 imm9:9 11 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>, #<simm16:imm9>]!
LDR_C_RRB_C | ldr | LDR_C_RRB_C | 10100010 opc=01 1 Rm:5 sign:1 1 sz:1 S:1 10 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>, <rrb:Rm:4>]
LDCT_R_R__ | ldct | LDCT_R_R__ | 11000010110001001 opc=01 100 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>]
LDTR_C_RIB_C | ldtr | LDTR_C_RIB_C | 10100010 opc=01 0 imm9:9 10 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>{, #<simm16:imm9>}]
LDUR_C_RI_C | ldur | LDUR_C_RI_C | 10100010 opc=01 0 imm9:9 00 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>{, #<simm:imm9>}]
LDXP_C_R_C | ldxp | LDXP_C_R_C | 001000100 L=1 1111110 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>]
LDXR_C_R_C | ldxr | LDXR_C_R_C | 001000100 L=1 011111011111 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>]
MRS_C_I_C | mrs | MRS_C_I_C | 11000010100 L=1 o0:1 op1:3 CRn:4 CRm:4 op2:3 Ct:5 | <c:Ct>, <capsysreg:o0:op1:CRn:CRm:op2>
MSR_C_I_C | msr | MSR_C_I_C | 11000010100 L=0 o0:1 op1:3 CRn:4 CRm:4 op2:3 Ct:5 | <capsysreg:o0:op1:CRn:CRm:op2>, <c:Ct>
ORRFLGS_C_CI_C | orrflgs | ORRFLGS_C_CI_C | 11000010111 imm8:8 010 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm8>
ORRFLGS_C_CR_C | orrflgs | ORRFLGS_C_CR_C | 11000010110 Rm:5 opc=01 1010 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
RET_C_C | ret | RET_C_C | 11000010110000100 opc=10 100 Cn:5 00000 | <c:Cn>
RETR_C_C | retr | RETR_C_C | 11000010110000100 opc=10 100 Cn:5 00011 | <c:Cn>
RETS_C_C_C | rets | RETS_C_C_C | 11000010110 Cm:5 1 opc=10 001 Cn:5 00000 | c29, <c:Cn>, <c:Cm>
RRLEN_R_R_C | rrlen | RRLEN_R_R_C | 11000010110001110 opc=00 100 Rn:5 Rd:5 | <x:Rd>, <x:Rn>
RRMASK_R_R_C | rrmask | RRMASK_R_R_C | 11000010110001110 opc=01 100 Rn:5 Rd:5 | <x:Rd>, <x:Rn>
SCBNDS_C_CI_C | scbnds | SCBNDS_C_CI_C | 11000010110 imm6:6 S=0 1110 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm6>
SCBNDS_C_CI_S | scbnds | SCBNDS_C_CI_S | 11000010110 imm6:6 S=1 1110 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm6>, lsl #4
SCBNDS_C_CR_C | scbnds | SCBNDS_C_CR_C | 11000010110 Rm:5 0 opc=00 000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
SCBNDSE_C_CR_C | scbndse | SCBNDSE_C_CR_C | 11000010110 Rm:5 0 opc=01 000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
SCVALUE_C_CR_C | scvalue | SCVALUE_C_CR_C | 11000010110 Rm:5 0 opc=10 000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
SCOFF_C_CR_C | scoff | SCOFF_C_CR_C | 11000010110 Rm:5 0 opc=11 000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
SCTAG_C_CR_C | sctag | SCTAG_C_CR_C | 11000010110 Rm:5 100000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
SCFLGS_C_CR_C | scflgs | SCFLGS_C_CR_C | 11000010110 Rm:5 111000 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <x:Rm>
CPYTYPE_C_C_C | cpytype | CPYTYPE_C_C_C | 11000010110 Cm:5 0 opc=01 001 Cn:5 Cd:5 | <c:Cd>, <c:Cn>, <c:Cm>
CPYVALUE_C_C_C | cpyvalue | CPYVALUE_C_C_C | 11000010110 Cm:5 0 opc=11 001 Cn:5 Cd:5 | <c:Cd>, <c:Cn>, <c:Cm>
STLR_C_R_C | stlr | STLR_C_R_C | 010000100 L=0 011111111111 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>]
STLXP_R_CR_C | stlxp | STLXP_R_CR_C | 001000100 L=0 1 Rs:5 1 Ct2:5 Rn:5 Ct:5 | <w:Rs>, <c:Ct>, <c:Ct2>, [<base:Rn>]
STLXR_R_CR_C | stlxr | STLXR_R_CR_C | 001000100 L=0 0 Rs:5 111111 Rn:5 Ct:5 | <w:Rs>, <c:Ct>, [<base:Rn>]
ASTLR_C_R_C | stlr | ASTLR_C_R_C | 010000100 L=0 011111011111 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>]
ASTLRB_R_R_B | stlrb | ASTLRB_R_R_B | 010000100 L=0 111111011111 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>]
ASTLR_R_R_32 | stlr | ASTLR_R_R_32 | 010000100 L=0 111111111111 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>]
STNP_C_RIB_C | stnp | STNP_C_RIB_C | 011000100 L=0 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>{, #<simm16:imm7>}]
STP_C_RIB_C | stp | STP_C_RIB_C | 010000101 L=0 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>{, #<simm16:imm7>}]
STP_C_RIBW_C | stp | STP_C_RIBW_C | 011000101 L=0 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>, #<simm16:imm7>]!
STP_CC_RIAW_C | stp | STP_CC_RIAW_C | 001000101 L=0 imm7:7 Ct2:5 Rn:5 Ct:5 | <c:Ct>, <c:Ct2>, [<base:Rn>], #<simm16:imm7>
STR_C_RIAW_C | str | STR_C_RIAW_C | 10100010 opc=00 0 imm9:9 01 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>], #<simm16:imm9>
STR_C_RUIB_C | str | STR_C_RUIB_C | 110000100 L=0 imm12:12 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>{, #<u16:imm12>}]
STR_C_RIBW_C | str | STR_C_RIBW_C | 10100010 opc=00 0 imm9:9 11 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>, #<simm16:imm9>]!
STR_C_RRB_C | str | STR_C_RRB_C | 10100010 opc=00 1 Rm:5 sign:1 1 sz:1 S:1 10 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>, <rrb:Rm:4>]
STCT_R_R__ | stct | STCT_R_R__ | 11000010110001001 opc=00 100 Rn:5 Rt:5 | <x:Rt>, [<base:Rn>]
STTR_C_RIB_C | sttr | STTR_C_RIB_C | 10100010 opc=00 0 imm9:9 10 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>{, #<simm16:imm9>}]
STUR_C_RI_C | stur | STUR_C_RI_C | 10100010 opc=00 0 imm9:9 00 Rn:5 Ct:5 | <c:Ct>, [<base:Rn>{, #<simm:imm9>}]
STXP_R_CR_C | stxp | STXP_R_CR_C | 001000100 L=0 1 Rs:5 0 Ct2:5 Rn:5 Ct:5 | <w:Rs>, <c:Ct>, <c:Ct2>, [<base:Rn>]
STXR_R_CR_C | stxr | STXR_R_CR_C | 001000100 L=0 0 Rs:5 011111 Rn:5 Ct:5 | <w:Rs>, <c:Ct>, [<base:Rn>]
SUB_C_CIS_C | sub | SUB_C_CIS_C | 00000010 A=1 sh:1 imm12:12 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, #<u:imm12>{, lsl #<u12:sh>}
SUBS_R_CC_C | subs | SUBS_R_CC_C | 11000010111 Cm:5 100110 Cn:5 Rd:5 | <x:Rd>, <c:Cn>, <c:Cm>
SWP_CC_R_C | swp | SWP_CC_R_C | 10100010 A=0 R=0 1 Cs:5 100000 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
SWPA_CC_R_C | swpa | SWPA_CC_R_C | 10100010 A=1 R=0 1 Cs:5 100000 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
SWPAL_CC_R_C | swpal | SWPAL_CC_R_C | 10100010 A=1 R=1 1 Cs:5 100000 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
SWPL_CC_R_C | swpl | SWPL_CC_R_C | 10100010 A=0 R=1 1 Cs:5 100000 Rn:5 Ct:5 | <c:Cs>, <c:Ct>, [<base:Rn>]
CHKEQ___CC_C | chkeq | CHKEQ___CC_C | 11000010110 Cm:5 1 opc=01 001 Cn:5 00001 | <csp:Cn>, <c:Cm>
CHKSS___CC_C | chkss | CHKSS___CC_C | 11000010110 Cm:5 1 opc=00 001 Cn:5 00001 | <csp:Cn>, <csp:Cm>
CHKSSU_C_CC_C | chkssu | CHKSSU_C_CC_C | 11000010110 Cm:5 opc=10 0010 Cn:5 Cd:5 | <c:Cd>, <csp:Cn>, <csp:Cm>
CVT_R_CC_C | cvt | CVT_R_CC_C | 11000010110 Cm:5 110000 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>, <c:Cm>
CVTD_R_C_C | cvtd | CVTD_R_C_C | 11000010110001010 opc=00 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
CVTP_R_C_C | cvtp | CVTP_R_C_C | 11000010110001010 opc=01 100 Cn:5 Rd:5 | <x:Rd>, <csp:Cn>
CVTD_C_R_C | cvtd | CVTD_C_R_C | 11000010110001011 opc=00 100 Rn:5 Cd:5 | <c:Cd>, <x:Rn>
CVTP_C_R_C | cvtp | CVTP_C_R_C | 11000010110001011 opc=01 100 Rn:5 Cd:5 | <c:Cd>, <x:Rn>
CVTDZ_C_R_C | cvtdz | CVTDZ_C_R_C | 11000010110001011 opc=10 100 Rn:5 Cd:5 | <c:Cd>, <x:Rn>
CVTPZ_C_R_C | cvtpz | CVTPZ_C_R_C | 11000010110001011 opc=11 100 Rn:5 Cd:5 | <c:Cd>, <x:Rn>
CVT_C_CR_C | cvt | CVT_C_CR_C | 11000010111 Rm:5 000110 Cn:5 Cd:5 | <c:Cd>, <csp:Cn>, <x:Rm>
CVTZ_C_CR_C | cvtz | CVTZ_C_CR_C | 11000010111 Rm:5 010110 Cn:5 Cd:5 | <c:Cd>, <csp:Cn>, <x:Rm>
CHKSLD_C_C | chksld | CHKSLD_C_C | 11000010110000100 opc=00 100 Cn:5 00001 | <csp:Cn>
CHKTGD_C_C | chktgd | CHKTGD_C_C | 11000010110000100 opc=01 100 Cn:5 00001 | <csp:Cn>
CLRPERM_C_CI_C | clrperm | CLRPERM_C_CI_C | 1100001011000110 perm:3 100 Cn:5 Cd:5 | <csp:Cd>, <csp:Cn>, <permimm:perm>
BR_CI_C | br | BR_CI_C | 110000101101 imm7:7 100 Cn:5 00000 | [<csp:Cn>{, #<simm16:imm7>}]
BLR_CI_C | blr | BLR_CI_C | 110000101101 imm7:7 100 Cn:5 00001 | [<csp:Cn>{, #<simm16:imm7>}]
BX___C | bx | BX___C | 11000010110000100 opc=11 1001111100000 | #4
ASTR_C_RUI_C | str | ASTR_C_RUI_C | 1000001001 L=0 imm9:9 op=00 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>{, #<u16:imm9>}]
ASTRB_R_RUI_B | strb | ASTRB_R_RUI_B | 1000001001 L=0 imm9:9 op=01 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<u:imm9>}]
ASTR_R_RUI_32 | str | ASTR_R_RUI_32 | 1000001001 L=0 imm9:9 op=10 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<u4:imm9>}]
ASTR_R_RUI_64 | str | ASTR_R_RUI_64 | 1000001001 L=0 imm9:9 op=11 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<u8:imm9>}]
ALDR_C_RUI_C | ldr | ALDR_C_RUI_C | 1000001001 L=1 imm9:9 op=00 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>{, #<u16:imm9>}]
ALDRB_R_RUI_B | ldrb | ALDRB_R_RUI_B | 1000001001 L=1 imm9:9 op=01 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<u:imm9>}]
ALDR_R_RUI_32 | ldr | ALDR_R_RUI_32 | 1000001001 L=1 imm9:9 op=10 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>{, #<u4:imm9>}]
ALDR_R_RUI_64 | ldr | ALDR_R_RUI_64 | 1000001001 L=1 imm9:9 op=11 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>{, #<u8:imm9>}]
ASTR_C_RRB_C | str | ASTR_C_RRB_C | 11000010111 Rm:5 sign:1 1 sz:1 S:1 L=0 1 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>, <rrb:Rm:4>]
ASTRB_R_RRB_B | strb | ASTRB_R_RRB_B | 100000101 L=0 0 Rm:5 sign:1 1 sz:1 S:1 opc=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:0>]
ASTRH_R_RRB_32 | strh | ASTRH_R_RRB_32 | 100000101 L=0 0 Rm:5 sign:1 1 sz:1 S:1 opc=11 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:1>]
ASTR_R_RRB_32 | str | ASTR_R_RRB_32 | 100000101 L=0 1 Rm:5 sign:1 1 sz:1 S:1 opc=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:2>]
ASTR_R_RRB_64 | str | ASTR_R_RRB_64 | 100000101 L=0 1 Rm:5 sign:1 1 sz:1 S:1 opc=01 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>, <rrb:Rm:3>]
ASTR_V_RRB_D | str | ASTR_V_RRB_D | 100000101 L=0 1 Rm:5 sign:1 1 sz:1 S:1 opc=10 Rn:5 Rt:5 | <fd:Rt>, [<alt:Rn>, <rrb:Rm:3>]
ASTR_V_RRB_S | str | ASTR_V_RRB_S | 100000101 L=0 1 Rm:5 sign:1 1 sz:1 S:1 opc=11 Rn:5 Rt:5 | <fs:Rt>, [<alt:Rn>, <rrb:Rm:2>]
ALDR_C_RRB_C | ldr | ALDR_C_RRB_C | 11000010111 Rm:5 sign:1 1 sz:1 S:1 L=1 1 Rn:5 Ct:5 | <c:Ct>, [<alt:Rn>, <rrb:Rm:4>]
ALDRB_R_RRB_B | ldrb | ALDRB_R_RRB_B | 100000101 L=1 0 Rm:5 sign:1 1 sz:1 S:1 opc=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:0>]
ALDRH_R_RRB_32 | ldrh | ALDRH_R_RRB_32 | 100000101 L=1 0 Rm:5 sign:1 1 sz:1 S:1 opc=11 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:1>]
ALDR_R_RRB_32 | ldr | ALDR_R_RRB_32 | 100000101 L=1 1 Rm:5 sign:1 1 sz:1 S:1 opc=00 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:2>]
ALDR_R_RRB_64 | ldr | ALDR_R_RRB_64 | 100000101 L=1 1 Rm:5 sign:1 1 sz:1 S:1 opc=01 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>, <rrb:Rm:3>]
ALDRSB_R_RRB_64 | ldrsb | ALDRSB_R_RRB_64 | 100000101 L=0 0 Rm:5 sign:1 1 sz:1 S:1 opc=01 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>, <rrb:Rm:0>]
ALDRSB_R_RRB_32 | ldrsb | ALDRSB_R_RRB_32 | 100000101 L=1 0 Rm:5 sign:1 1 sz:1 S:1 opc=01 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:0>]
ALDRSH_R_RRB_64 | ldrsh | ALDRSH_R_RRB_64 | 100000101 L=0 0 Rm:5 sign:1 1 sz:1 S:1 opc=10 Rn:5 Rt:5 | <x:Rt>, [<alt:Rn>, <rrb:Rm:1>]
ALDRSH_R_RRB_32 | ldrsh | ALDRSH_R_RRB_32 | 100000101 L=1 0 Rm:5 sign:1 1 sz:1 S:1 opc=10 Rn:5 Rt:5 | <w:Rt>, [<alt:Rn>, <rrb:Rm:1>]
ALDR_V_RRB_D | ldr | ALDR_V_RRB_D | 100000101 L=1 1 Rm:5 sign:1 1 sz:1 S:1 opc=10 Rn:5 Rt:5 | <fd:Rt>, [<alt:Rn>, <rrb:Rm:3>]
ALDR_V_RRB_S | ldr | ALDR_V_RRB_S | 100000101 L=1 1 Rm:5 sign:1 1 sz:1 S:1 opc=11 Rn:5 Rt:5 | <fs:Rt>, [<alt:Rn>, <rrb:Rm:2>]
BRS_C_C | brs | BRS_C_C | 11000010110000100 opc=00 100 Cn:5 00010 | <c:Cn>
BLRS_C_C | blrs | BLRS_C_C | 11000010110000100 opc=01 100 Cn:5 00010 | <c:Cn>
RETS_C_C | rets | RETS_C_C | 11000010110000100 opc=10 100 Cn:5 00010 | <c:Cn>
`;
