/**
 * The header in which the front door (lib/runtime/front-door.ts) hands the app the
 * socket's peer address: Next.js route handlers cannot see the socket. Any value a
 * client sends under this name is replaced there, so it cannot be forged through it.
 */
export const PEER_ADDRESS_HEADER = "x-casualty-claims-peer";
