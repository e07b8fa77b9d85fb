/**
 * Causes of back spasms that the default question set can point at, with a short
 * patient-education note for each. Written in our own words from the advice in
 * the clinical source article on back spasms (outside this repository; each cause's questions and reasoning are in
 * prisma/default-question-set.md, "Sections and items").
 *
 * Pure data: no imports. The order of CAUSE_IDS is the order the causes are asked about in the default set.
 */

export const CAUSE_IDS = [
  "sudden-movement",
  "prolonged-sitting",
  "injury-trauma",
  "repetitive-strain",
  "nerve-irritation",
  "pregnancy",
  "posture",
  "lifting-technique",
  "fitness-weight",
  "degenerative",
  "disc",
  "sleep",
  "ischemia",
  "footwear",
  "core-weakness",
] as const;

export type CauseId = (typeof CAUSE_IDS)[number];

export const CAUSES: readonly { id: CauseId; name: string; education: string }[] = [
  {
    id: "sudden-movement",
    name: "Sudden twisting or bending",
    education:
      "A quick twist or bend can make the back muscles tighten up suddenly. Warm up gently before sport or hard work. Try to turn your whole body with your feet instead of twisting at the waist.",
  },
  {
    id: "prolonged-sitting",
    name: "Sitting for long periods",
    education:
      "Sitting still for hours can leave your back stiff and ready to cramp. Get up and move about for a few minutes at least every half hour. Set up your chair and screen so you can sit tall with your back supported.",
  },
  {
    id: "injury-trauma",
    name: "Injury (fall, knock, sport or heavy lift)",
    education:
      "After an injury, the muscles tighten to guard the hurt area while it heals. The spasms usually settle as healing goes on, but this can take a few weeks. If you had a hard fall, a crash or a blow to the back, ask a clinician to check you.",
  },
  {
    id: "repetitive-strain",
    name: "Repeated strain on the same area",
    education:
      "Doing the same bending or lifting again and again can cause many small strains that add up. Mix up your tasks when you can and take short rest breaks. Share heavy or repeated jobs with others or use equipment to help.",
  },
  {
    id: "nerve-irritation",
    name: "Irritated nerves or muscles",
    education:
      "When a nerve or muscle is irritated or squeezed, the back may spasm to protect it. Shooting pain, tingling or numbness down a leg can be a sign of this. Keep gently active and tell your clinician if the leg symptoms get worse.",
  },
  {
    id: "pregnancy",
    name: "Pregnancy",
    education:
      "As the baby grows, the womb can press on the big nerve that runs to your legs and cause pain and spasms. Resting on your side with pillows between your knees and behind your back can help. Tell your midwife or doctor about your back pain.",
  },
  {
    id: "posture",
    name: "Posture (slouching or rounded shoulders)",
    education:
      "Slouching and letting your shoulders roll forward puts extra strain on your back. Notice how you sit, stand and work during the day and try to keep your back long and your shoulders relaxed. A physiotherapist can look at your posture in your daily tasks and suggest changes.",
  },
  {
    id: "lifting-technique",
    name: "Lifting technique",
    education:
      "Lifting by bending at the back with straight legs strains the back muscles. Bend your knees, keep the load close to your body and do not twist while you lift. If you lift heavy things often, ask about a back support brace and training in safe lifting.",
  },
  {
    id: "fitness-weight",
    name: "Low fitness, extra weight or not much activity",
    education:
      "A less active lifestyle and extra body weight make back injury and spasms more likely. Build up walking or other exercise a little at a time. Small steps towards better fitness and a healthy weight can ease the load on your back.",
  },
  {
    id: "degenerative",
    name: "Wear and tear of the spine (arthritis)",
    education:
      "As we get older, the joints and discs of the spine can wear down, which is a type of arthritis. A spasm linked to this kind of wear can be a sign that things have got worse. A clinician should review this with you.",
  },
  {
    id: "disc",
    name: "Slipped or bulging disc",
    education:
      "A disc between the bones of the spine can bulge or slip and press on a nerve, which can cause sudden, very strong spasms. This needs to be checked properly. A clinician should review this with you.",
  },
  {
    id: "sleep",
    name: "Sleeping position, mattress or pillows",
    education:
      "A soft or sagging mattress or the wrong pillows can strain your back while you sleep. A firm, supportive mattress and a pillow that keeps your neck level can help. Body pillows behind your back or between your knees stop your back from twisting or arching at night.",
  },
  {
    id: "ischemia",
    name: "Cramp from low blood flow to the muscles",
    education:
      "When muscles work for a long time without enough blood flow, they run short of oxygen and can cramp. This can be very painful, but it eases once blood flow returns. Resting, changing position and gentle movement help the blood flow back.",
  },
  {
    id: "footwear",
    name: "Footwear",
    education:
      "High heels or shoes without much support can put extra strain on your back, especially if you stand a lot. Choose comfortable shoes with a low heel and good support. Save high heels for short times.",
  },
  {
    id: "core-weakness",
    name: "Weak tummy and back muscles",
    education:
      "Strong tummy and back muscles help support your spine. Regular exercises that strengthen and stretch these muscles can make back pain less likely and help your back bend more easily. A physiotherapist can show you safe exercises to start with.",
  },
];

export const CLOSING_ADVICE: string =
  "Back spasms are a warning sign that something is not right. Small changes to how you sit, lift, sleep and move can often help. If your spasms keep coming back or do not go away, please get medical advice, as there may be a more serious cause.";
