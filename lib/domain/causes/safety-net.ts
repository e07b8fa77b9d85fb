/**
 * Safety-netting for every patient who is not already told to get emergency help: the new symptoms
 * that mean emergency care, in the patient's words. They are the EMERGENT red flags of prisma/default-question-set.md ("Red-flag rules"),
 * kept as data here because the confirmation page shows them without the question set at hand.
 */
export const EMERGENCY_SIGNS: readonly string[] = [
  "numbness or tingling between your legs, around your bottom or genitals",
  "new trouble passing urine, or new leaks of urine",
  "new loss of control of your bowels",
  "pain, numbness or weakness in both legs",
  "leg or foot weakness that gets worse, or new trouble walking",
  "sudden, very bad tearing pain in your back or tummy, or feeling faint",
];
