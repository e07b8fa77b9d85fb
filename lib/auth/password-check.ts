/**
 * The password rule for invited and reset accounts: at least MIN_PASSWORD_LENGTH characters and not one
 * of the passwords attackers try first. Pure (no I/O) so the form and the server use the same check.
 */
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";

// The most common passwords of 12+ characters in public breach lists (e.g. the SecLists top-100k list),
// plus the short favourites repeated to reach the length; compared case-insensitively.
const COMMON = new Set([
  "123456789012",
  "1234567890123",
  "12345678901234",
  "123456789abc",
  "1q2w3e4r5t6y",
  "1qaz2wsx3edc",
  "qwertyuiopasdfghjkl",
  "qwertyuiop123",
  "qwertyuiopas",
  "qwerty123456",
  "password1234",
  "password12345",
  "password123456",
  "passwordpassword",
  "passw0rd1234",
  "iloveyou1234",
  "abcdefghijkl",
  "abc123abc123",
  "letmein12345",
  "welcome12345",
  "welcome123456",
  "changeme1234",
  "administrator",
  "administrator1",
  "adminadmin123",
  "trustno1trustno1",
  "sunshine1234",
  "football1234",
  "baseball1234",
  "princess1234",
  "monkey123456",
  "dragon123456",
  "superman1234",
  "michael12345",
  "correcthorsebatterystaple",
  "correct horse battery staple",
  "aaaaaaaaaaaa",
  "111111111111",
  "000000000000",
  "zxcvbnm12345",
  "asdfghjkl123",
  "1234qwerasdf",
  "q1w2e3r4t5y6",
  "987654321000",
  "spineintake1",
  "spineintake123",
  "backpain1234",
]);

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > 1024) return "Use at most 1024 characters";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "That password is one of the most common; choose another";
  if (/^(.)\1+$/.test(password)) return "A password of one repeated character is too easy to guess";
  return null;
}
