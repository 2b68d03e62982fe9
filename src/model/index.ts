export * from './agency';
export * from './counties';
export * from './draft';
export * from './envelope';
export * from './mdt';
export * from './restore';
export * from './roles';
export * from './sections';
export type { Person } from './fields';
