// The lowercase words inside a person's name: "Nasser al Shammari", "Ludwig van Beethoven", "Mustafa al-Kadhimi".

/** Particles written as their own word. "de"/"du" are left out on purpose: "Biden de Washington" and "le
 *  gouverneur de Floride Ron DeSantis" are far more frequent in news than "Charles de Gaulle", and gluing a place
 *  to a name would make a wrong person. */
export const NAME_PARTICLES: readonly string[] = ['al', 'el', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ben', 'ibn', 'abu', 'abou', 'ould'];

/** Arabic particles glued with a hyphen start a surname even in lowercase ("al-Kadhimi"), and the surname is also
 *  written without them ("Kadhimi"). */
export const HYPHENATED_NAME_PARTICLES: readonly string[] = ['al', 'el', 'ad', 'ar', 'as', 'ash', 'at', 'az', 'bin', 'ben', 'ibn', 'abu', 'abou'];
