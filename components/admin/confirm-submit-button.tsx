"use client";

import { Button } from "@/components/ui/button";

/** A submit button that asks first: for destructive form actions (retire a version, deactivate an account). */
export function ConfirmSubmitButton({
  question,
  children,
  variant = "danger",
}: {
  question: string;
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <Button
      type="submit"
      variant={variant}
      onClick={(e) => {
        if (!window.confirm(question)) e.preventDefault();
      }}
    >
      {children}
    </Button>
  );
}
