import { z } from "zod";

export const loginSchema = z.object({
  email: z.string().trim().min(3, "Enter your e-mail address.").max(320),
  password: z.string().min(1, "Enter your password.").max(1000),
  next: z.string().max(2000).optional(),
});
export type LoginInput = z.infer<typeof loginSchema>;
