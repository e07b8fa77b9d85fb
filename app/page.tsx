import Link from "next/link";

export default function HomePage() {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-8">
      <h1 className="text-3xl font-bold">Back spasm intake</h1>
      <p className="text-lg">
        Tell us about your back pain before your appointment. Most people finish in about 10 minutes, and the safety
        questions come first. If your answers suggest you need urgent care, we will tell you straight away.
      </p>
      <Link
        href="/intake"
        className="inline-block rounded-lg bg-blue-800 px-6 py-3 text-lg font-semibold text-white hover:bg-blue-900"
      >
        Start your intake
      </Link>
      <p className="text-sm text-slate-600">
        Clinic staff:{" "}
        <Link href="/signin" className="underline">
          sign in
        </Link>
      </p>
    </div>
  );
}
