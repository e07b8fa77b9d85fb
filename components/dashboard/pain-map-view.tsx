import { BODY_OUTLINE, CANVAS, HEAD, REGION_BOXES } from "@/lib/domain/pain-map/geometry";
import { PAIN_REGIONS, isPainRegionId, painRegionLabel, type PainView } from "@/lib/domain/pain-map/regions";

const VIEWS: { view: PainView; title: string; sides: [string, string] }[] = [
  { view: "front", title: "Front", sides: ["Patient's right", "Patient's left"] },
  { view: "back", title: "Back", sides: ["Patient's left", "Patient's right"] },
];

/**
 * The body map as the patient marked it, read-only. The picture is an image with a text alternative, and the
 * marked regions are also listed in words, so nobody has to read the drawing.
 */
export function PainMapView({ id, question, regions }: { id: string; question: string; regions: readonly string[] }) {
  const marked = new Set(regions.filter(isPainRegionId));
  const list = regions.map(painRegionLabel);
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {question}
      </figcaption>
      <div className="flex flex-wrap justify-center gap-4 print:flex-nowrap">
        {VIEWS.map(({ view, title, sides }) => {
          const here = PAIN_REGIONS.filter((r) => r.view === view && marked.has(r.id));
          return (
            <div key={view} className="text-center">
              <p className="text-sm font-semibold" aria-hidden="true">
                {title}
              </p>
              <svg
                viewBox={`0 0 ${CANVAS.width} ${CANVAS.height}`}
                role="img"
                aria-label={`${title} of the body: ${here.length ? here.map((r) => r.label).join(", ") : "nothing marked"}`}
                className="h-auto w-40 print:w-28"
              >
                <circle
                  cx={HEAD.cx}
                  cy={HEAD.cy}
                  r={HEAD.r}
                  className="fill-slate-100 stroke-slate-500"
                  strokeWidth="2"
                />
                <polygon points={BODY_OUTLINE} className="fill-slate-100 stroke-slate-500" strokeWidth="2" />
                {PAIN_REGIONS.filter((r) => r.view === view).map((region) => {
                  const box = REGION_BOXES[region.id];
                  const on = marked.has(region.id);
                  return (
                    <rect
                      key={region.id}
                      x={box.x}
                      y={box.y}
                      width={box.w}
                      height={box.h}
                      rx="8"
                      strokeWidth="2"
                      // Marked regions are solid, unmarked ones dashed outlines: a black-and-white print-out still tells them apart.
                      className={on ? "fill-red-600/80 stroke-red-950" : "fill-white/60 stroke-slate-300"}
                      strokeDasharray={on ? undefined : "3 3"}
                    />
                  );
                })}
                <text x="4" y="450" className="fill-slate-700 text-[12px]">
                  {sides[0]}
                </text>
                <text x="196" y="450" textAnchor="end" className="fill-slate-700 text-[12px]">
                  {sides[1]}
                </text>
              </svg>
            </div>
          );
        })}
      </div>
      <p className="text-sm">
        <span className="font-semibold">Marked:</span> {list.length ? list.join(", ") : "nothing"}
      </p>
    </figure>
  );
}
