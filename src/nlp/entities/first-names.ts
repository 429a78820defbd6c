// Given names with their usual gender, as person evidence and for pronoun agreement ("she" -> the woman).
// A name typical of both genders (Jordan, Lindsey, Kelly) is listed as neutral: it still marks a person.

const MALE = `aaron abdul abdullah abe abraham adam adrian ahmad ahmed al alan albert alberto alec alex alexander alexei alexis alfred ali allen alvin
amir andre andrea andreas andres andrew andrzej andy angel angelo ant anthony antonio antony armin arnold art arthur ashraf asif barack barney barry
bart ben benjamin benny bernard bernie bert beto bill billy bob bobby boris brad bradley brandon brendan brent brett brian bruce bryan bud burt byron
cal calvin carl carlos cecil cedric chad charles charlie chester chip chris christian christopher chuck clarence clark claude clay clayton clifford clint
clyde cody colin conrad corey cory craig curt curtis dale damian dan daniel danny darrell darren dave david dean dennis derek devin dick diego
dmitry dominic don donald doug douglas duane duncan dustin dwayne dwight earl ed eddie edgar eduardo edward edwin elijah elliot elliott elon emmanuel
enrique eric erich erik ernest ernesto ethan eugene evan fabian felipe felix fernando francis francisco frank franklin fred freddie frederick gabriel
gareth garrett gary gavin gene geoff geoffrey george gerald gerard gerhard giuseppe glenn gordon graham grant greg gregg gregory guillermo gus guy hakeem
hamid hank hans harold harry harvey hassan heath hector heiko heinz helmut henry herbert herman howard hugh hugo ian ibrahim igor imran isaac ivan jack
jacob jake jamal james jamie jared jason javier jay jeb jeff jeffrey jeremy jerome jerry jesse jesus jim jimmy joachim joe joel johan john johnny jon
jonathan jorge jose joseph josh joshua juan julian julius justin karim karl keith ken kenneth kevin khalid kim_jong kirk kurt kyle lamar lance larry lawrence
lee leo leon leonard leroy lester lewis liam lincoln lloyd logan lorenzo louis lucas luis luke luther malcolm manuel marc marcel marco marcus mario mark
martin marvin matt matteo matthew maurice max maxwell mehmet michael michel miguel mike miles milton mitch mitchell mitt mohamed mohammad mohammed
muhammad mustafa narendra nathan nathaniel neil nelson newt nicholas nick nicolas nigel noah norman oliver omar orrin oscar otto owen pablo patrick paul
pedro pete peter phil philip phillip pierre rafael ralph ramon rand randall randy raul ray raymond recep reggie reginald reince rex ricardo richard rick
ricky rob robby robert roberto rod rodney roger roland ron ronald ronny ross roy rudolph rudy rupert russ russell ryan salman sam samuel saul scott sean
sebastian sergei sergey seth shane shaun sheldon sherrod sid silvio simon stan stanley stefan stephen steve steven stuart ted terrence terry theo theodore
thomas tim timothy toby todd tom tommy tony travis trent trevor troy tyler ulrich victor vince vincent vladimir wade walker wallace walter warren wayne
wendell wes wesley will willard william willie wilson wolf wolfgang xavier yasser yitzhak yusuf zach zachary`;

const FEMALE = `abby abigail ada adriana agnes aisha alexandra alexandria alice alicia alison allison alma amanda amber amelia amy ana andrea_f angela
angelina angie anita ann anna anne annette annie ashley audrey ayanna barbara beatrice becky belinda beth betsy betty beverly bianca brenda bridget
brittany brooke camila candace candice carla carly carmen carol caroline carolyn carrie catherine cathy cecilia celeste charlene charlotte chelsea cheryl
chloe christina christine cindy claire clara claudia colleen connie constance courtney crystal cynthia daisy dana daniela danielle darlene dawn debbie
deborah debra denise diana diane dianne dolores donna doris dorothy edith eileen elaine eleanor elena elise eliza elizabeth ella ellen elsa emily emma
erica erin esther ethel eva eve evelyn fatima felicia fiona florence frances francesca gabriela gabrielle gail gina ginger gladys gloria grace gretchen
gwen hannah harriet hayley heather heidi helen helga hillary holly hope huma ida ilhan ingrid irene iris isabel isabella ivanka jackie jacqueline jade jane
janet janice jasmine jean jeanne jeannie jennifer jenny jessica jill joan joanna joanne jodi josephine joy joyce judith judy julia julie justine karen
kamala karin kate katharine katherine kathleen kathryn kathy katie katrina kay kayleigh kellyanne kirsten kristen kristin laura lauren laurie leah leslie
lila lillian linda lisa liz lois loretta lori lorraine louise lucia lucy lydia lynn mabel madeleine madison maggie mallory mara marcia margaret margarita
margot maria marian marianne marie marilyn marina marion marjorie marla marsha martha mary maureen maxine megan megyn melania melanie melinda
melissa meryl michele michelle mildred millie miriam mitzi molly monica muriel nadia nancy naomi natalie natasha nellie nicola nicole nikki nina nita
nora norma olga olivia paige pam pamela patricia patty paula pauline peggy penny phyllis priscilla rachel rebecca regina renee rhonda rita roberta
robin_f rosa rosalind rose rosemary roxanne ruth sabrina sally samantha sandra sara sarah selena serena shannon sharon sheila shelley sherry shirley
sofia sonia sophia sophie stacey stacy stella stephanie sue susan susanne suzanne sylvia tamara tammy tanya tara teresa theresa tiffany tina tracy
trisha tulsi ursula valerie vanessa vera veronica vicky victoria viola virginia wanda wendy whitney yolanda yvonne zoe`;

const NEUTRAL = `alexis ashley bailey blair cameron carey casey chris dana drew francis jaime jamie jean jess jody jordan kelly kerry kim lee leslie lindsay lindsey
lynn morgan pat robin sam sandy shay stacy taylor terry tracy`;

export type Gender = "male" | "female";

const GENDER = new Map<string, Gender | null>();
for (const word of MALE.split(/\s+/)) GENDER.set(word.replace(/_.*/, ""), "male");
for (const word of FEMALE.split(/\s+/)) GENDER.set(word.replace(/_.*/, ""), "female");
for (const word of NEUTRAL.split(/\s+/)) GENDER.set(word, null);

/** True when the lower-cased word is a known given name. */
export function isGivenName(lower: string): boolean {
  return GENDER.has(lower);
}

/** The usual gender of a lower-cased given name; undefined when unknown or neutral. */
export function genderOfGivenName(lower: string): Gender | undefined {
  return GENDER.get(lower) ?? undefined;
}

/** Every listed given name, lower-cased. */
export function givenNames(): Iterable<string> {
  return GENDER.keys();
}
