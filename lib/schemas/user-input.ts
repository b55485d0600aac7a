import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

export const userInputSchema = z
  .object({
    email: z.email("must be an e-mail address"),
    password: z.string().min(MIN_PASSWORD_LENGTH, `must have at least ${MIN_PASSWORD_LENGTH} characters`).max(1000),
    role: z.enum(["editor", "admin"]),
  })
  .strict();
