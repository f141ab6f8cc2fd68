// One rule book, one place: the server's own input rules (domain/src/rules), which the
// server enforces on every create and update; the forms show the same verdicts before sending.
export {
  checkRules,
  citationFields,
  collaborationFields,
  institutionFields,
  membershipFields,
  partnershipFields,
  RULE_MESSAGES,
  type RuleCode,
  type RuleViolation,
  sourceFields,
} from '@splot/domain';
