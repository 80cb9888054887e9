// A block of the article as the passes that read text see it: its id and its text (a paragraph or a caption).
export interface TextBlock {
  id: string;
  text: string;
}
