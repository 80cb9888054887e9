// Titles written before a name ("M. Biden", "Mme Lagarde", "Dr Fauci"): never part of the name itself.
export const COURTESY_TITLES: readonly string[] = ['m.', 'mme', 'mlle', 'dr', 'me', 'mgr', 'sir', 'lord', 'monsieur', 'madame'];
