// Common first names in French news, by the gender they most often carry: they tell "il" from "elle" when the text
// ties no role or title to a person ("Sophie Binet" … « … », a-t-elle dit). A name missing here leaves the gender
// unknown, which only makes a pronoun less certain, never wrong.
export const FEMININE_FIRST_NAMES: readonly string[] = [
  'agnès', 'aline', 'alice', 'amélie', 'anne', 'anna', 'annie', 'aurélie', 'aurore', 'barbara', 'béatrice',
  'brigitte', 'camille', 'carole', 'caroline', 'catherine', 'cécile', 'céline', 'chantal', 'charlotte', 'christine',
  'christiane', 'claire', 'clara', 'claudia', 'clémentine', 'colette', 'corinne', 'delphine', 'denise', 'diane',
  'édith', 'élisabeth', 'elisabeth', 'élise', 'elise', 'élodie', 'émilie', 'emmanuelle', 'estelle',
  'eva', 'ève', 'fabienne', 'fatima', 'florence', 'françoise', 'frédérique', 'geneviève', 'hélène', 'hillary',
  'ingrid', 'isabelle', 'jacqueline', 'jeanne', 'joëlle', 'josiane', 'julia', 'julie', 'juliette', 'justine',
  'karine', 'kamala', 'laetitia', 'laura', 'laure', 'laurence', 'léa', 'lucie', 'madeleine', 'manon', 'marie',
  'marine', 'marion', 'marlène', 'marta', 'martine', 'mathilde', 'maud', 'mélanie', 'michèle', 'monique', 'muriel',
  'myriam', 'nadia', 'nadine', 'najat', 'nathalie', 'nicole', 'noémie', 'océane', 'pascale', 'patricia', 'pauline',
  'rachida', 'rachel', 'rose', 'sabine', 'sandrine', 'sarah', 'ségolène', 'séverine', 'simone', 'sonia', 'sophie',
  'stéphanie', 'susan', 'suzanne', 'sylvie', 'ursula', 'valérie', 'véronique', 'virginie', 'yasmina', 'yaël',
  'zineb', 'élisabeth', 'angela', 'giorgia', 'theresa', 'margaret', 'nancy', 'yvette', 'yvonne', 'odile', 'agathe',
  'apolline', 'clotilde', 'danielle', 'éléonore', 'gabrielle', 'inès', 'jessica', 'léna', 'lina', 'louise', 'maryse',
  'mary', 'elizabeth', 'jennifer', 'linda', 'patricia', 'karen', 'emma', 'olivia', 'sofia', 'maria', 'ana', 'anne-marie', 'marie-christine',
  'mireille', 'nora', 'olga', 'paula', 'raphaëlle', 'roselyne', 'sihame', 'solène', 'thérèse', 'victoria', 'zoé',
];

export const MASCULINE_FIRST_NAMES: readonly string[] = [
  'alain', 'alexandre', 'alexis', 'ali', 'antoine', 'arnaud', 'arthur', 'benjamin', 'benoît', 'bernard', 'bruno',
  'cédric', 'charles', 'christian', 'christophe', 'clément', 'cyril', 'damien', 'daniel', 'david', 'denis', 'didier',
  'dimitri', 'dmitri', 'donald', 'édouard', 'emmanuel', 'éric', 'étienne', 'fabien', 'fabrice', 'fareed', 'florian',
  'françois', 'franck', 'frédéric', 'gabriel', 'gérald', 'gérard', 'gilles', 'guillaume', 'guy', 'henri', 'hervé',
  'hugo', 'jacques', 'jean', 'jean-claude', 'jean-luc', 'jean-marie', 'jean-michel', 'jean-pierre', 'jean-paul',
  'jean-yves', 'jérôme', 'joe', 'joseph', 'julien', 'kevin', 'laurent', 'léo', 'louis', 'luc', 'lucas', 'manuel',
  'marc', 'marcel', 'mathieu', 'matthieu', 'maxime', 'michel', 'mohamed', 'mustafa', 'nasser', 'nicolas', 'olivier',
  'pascal', 'patrick', 'paul', 'philippe', 'pierre', 'qassem', 'raphaël', 'rémi', 'renaud', 'richard', 'robert',
  'roger', 'romain', 'sébastien', 'serge', 'stéphane', 'sylvain', 'thierry', 'thomas', 'valentin', 'victor',
  'vincent', 'vladimir', 'volodymyr', 'xavier', 'yannick', 'yves', 'barack', 'boris', 'elon', 'gabriel', 'jordan',
  'lionel', 'marcel', 'mark', 'michael', 'olaf', 'recep', 'sergueï', 'kris', 'elio', 'karim', 'khaled', 'mehdi',
  'anthony', 'william', 'george', 'john', 'james', 'peter', 'steven', 'jeff', 'bill', 'tony', 'kylian', 'zinédine', 'didier', 'rudy',
  'rachid', 'samir', 'youssef', 'ahmed', 'omar', 'hamid', 'abdel', 'abdelkader', 'andré', 'georges', 'jean-louis',
  'jean-françois', 'jean-marc', 'jean-baptiste', 'pierre-yves', 'benoit', 'francois', 'eric', 'edouard', 'gerald',
];
