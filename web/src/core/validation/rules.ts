// One rule book, one place: the server's own input rules (server/src/domain/rules), which the
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
} from '../../../../server/src/domain/rules/index.js';
