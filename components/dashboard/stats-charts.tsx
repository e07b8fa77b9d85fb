"use client";

// recharts is imported here only, and this component only by the stats page: the chart code is in that page's
// bundle, not in the queue's. The tables beside each chart are the text alternative, so the drawings are hidden
// from assistive technology and made inert (nothing inside them can take focus: axe's aria-hidden-focus).
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { DashboardStats } from "@/lib/db/submissions/get-dashboard-stats";

const LEVEL_COLOURS = { EMERGENT: "#b91c1c", URGENT: "#d97706", ROUTINE: "#64748b" } as const;

export function PerDayChart({ data }: { data: DashboardStats["perDay"] }) {
  return (
    <div className="h-64 w-full" aria-hidden="true" inert>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} minTickGap={16} />
          <YAxis allowDecimals={false} width={40} />
          <Tooltip />
          <Bar dataKey="count" name="Submissions" fill="#1e40af" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function LevelShareChart({ data }: { data: DashboardStats["perLevel"] }) {
  return (
    <div className="h-64 w-full" aria-hidden="true" inert>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart accessibilityLayer={false}>
          <Pie data={data} dataKey="count" nameKey="level" innerRadius="45%" label isAnimationActive={false}>
            {data.map((d) => (
              <Cell key={d.level} fill={LEVEL_COLOURS[d.level]} />
            ))}
          </Pie>
          <Tooltip />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CausesChart({ data }: { data: DashboardStats["causes"] }) {
  return (
    <div className="h-72 w-full" aria-hidden="true" inert>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          accessibilityLayer={false}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
        >
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Bar dataKey="count" name="Submissions" fill="#0f766e" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
