// Who may do what. Anyone may read (unless PUBLIC_READ=false); editors ingest and
// review; admins also manage users.
export type Role = "editor" | "admin";
/** public: anyone, always (the login itself); read: anyone unless PUBLIC_READ=false. */
export type Access = "public" | "read" | "editor" | "admin";

export type SessionUser = { id: number; email: string; name: string | null; role: Role };

export function canAccess(user: SessionUser | null, access: Access, publicRead: boolean): boolean {
  if (access === "public") return true;
  if (access === "read") return publicRead || user !== null;
  if (!user) return false;
  return access === "editor" ? true : user.role === "admin";
}
