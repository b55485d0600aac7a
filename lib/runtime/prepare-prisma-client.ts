// Preloaded (`node --import`) by every command that reaches the database, before
// its entry point is even resolved: the generated Prisma client lives in the
// git-ignored lib/generated/, and an entry point that imports it statically would
// fail to link on a fresh clone before any of its own code could generate it.
// `npm install` generates it too (postinstall); this covers `--ignore-scripts`
// installs and a schema changed since.
import { ensurePrismaClient } from "./ensure-build";

await ensurePrismaClient((line) => console.log(line));
