import { createContext, useContext } from 'react';

/**
 * The name a person signs comments, replies and verdicts with, remembered by the app (in this
 * browser) so that each form does not ask again. Without a provider nothing is remembered.
 */
export interface YourName {
  get(): string;
  remember(name: string): void;
}

export const YourNameContext = createContext<YourName>({ get: () => '', remember: () => {} });

export const useYourName = () => useContext(YourNameContext);
