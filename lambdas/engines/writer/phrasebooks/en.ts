import type { NativePhrasebook } from './types.js';

/**
 * The English phrasebook (docs/writer.md, "Phrasebooks"; docs/phrasebooks/en.md): written in English, so each
 * line's back-translation is the line itself. Prompt vocabulary: English words and common breeds.
 */
export const ENGLISH: NativePhrasebook = {
  language: 'en',
  nouns: {
    dog: { one: 'dog', many: 'dogs', gender: 'm' },
    cat: { one: 'cat', many: 'cats', gender: 'f' },
    bird: { one: 'bird', many: 'birds', gender: 'f' },
    horse: { one: 'horse', many: 'horses', gender: 'm' },
    sheep: { one: 'sheep', many: 'sheep', gender: 'f' },
    cow: { one: 'cow', many: 'cows', gender: 'f' },
    elephant: { one: 'elephant', many: 'elephants', gender: 'm' },
    bear: { one: 'bear', many: 'bears', gender: 'm' },
    zebra: { one: 'zebra', many: 'zebras', gender: 'm' },
    giraffe: { one: 'giraffe', many: 'giraffes', gender: 'm' },
  },
  unnamed: { text: 'this {noun}', en: 'this {noun}' },
  gangLeader: { text: 'the ringleader', en: 'the ringleader', gender: 'm' },
  title: {
    named: { text: 'The Roast of {name}', en: 'The Roast of {name}' },
    generic: { text: "Today's Roast", en: "Today's Roast" },
  },
  numbers: { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 8: 'eight', 9: 'nine', 10: 'ten' },
  mixedNoun: { one: 'pet', many: 'pets', gender: 'm' },
  openers: [
    { text: 'Ladies and gentlemen, please welcome {name}, living proof that cute is not a personality.', en: 'Ladies and gentlemen, please welcome {name}, living proof that cute is not a personality.' },
    { text: 'Today we roast {name}, and honestly, {name} made this far too easy for us.', en: 'Today we roast {name}, and honestly, {name} made this far too easy for us.' },
    { text: 'Meet {name}: no job, no rent, and somehow still the boss of this entire house.', en: 'Meet {name}: no job, no rent, and somehow still the boss of this entire house.' },
    { text: 'Breaking news: {name} has finally been reviewed, and the critics are not kind.', en: 'Breaking news: {name} has finally been reviewed, and the critics are not kind.' },
    { text: '{Name} thinks this is a tribute video. {Name} is about to be very disappointed.', en: '{Name} thinks this is a tribute video. {Name} is about to be very disappointed.' },
    { text: 'Gather round, everyone, because {name} is about to hear some hard truths.', en: 'Gather round, everyone, because {name} is about to hear some hard truths.' },
  ],
  groupOpeners: [
    { text: 'We have {count} {nouns} here, and between them maybe one working brain cell.', en: 'We have {count} {nouns} here, and between them maybe one working brain cell.' },
    { text: '{Count} {nouns}, one household, and absolutely zero adult supervision.', en: '{Count} {nouns}, one household, and absolutely zero adult supervision.' },
    { text: 'Roasting one {noun} is a job; roasting {count} {nouns} is a full-time career.', en: 'Roasting one {noun} is a job; roasting {count} {nouns} is a full-time career.' },
    { text: 'Look at these {count} {nouns}: part gang, part crime ring, all trouble.', en: 'Look at these {count} {nouns}: part gang, part crime ring, all trouble.' },
  ],
  classJabs: {
    dog: [
      { text: '{Name} greets the delivery guy like a long-lost brother and the vet like a hitman.', en: '{Name} greets the delivery guy like a long-lost brother and the vet like a hitman.' },
      { text: '{Name} has exactly one trick, and it is staring at you until food appears.', en: '{Name} has exactly one trick, and it is staring at you until food appears.' },
      { text: '{Name} chases the same tail every single day and loses every single time.', en: '{Name} chases the same tail every single day and loses every single time.' },
    ],
    cat: [
      { text: '{Name} knocks things off the table just to check that gravity still works.', en: '{Name} knocks things off the table just to check that gravity still works.' },
      { text: '{Name} ignores a bed that cost a fortune and sleeps in the box it came in.', en: '{Name} ignores a bed that cost a fortune and sleeps in the box it came in.' },
      { text: '{Name} treats every human in this house like staff who are slightly late.', en: '{Name} treats every human in this house like staff who are slightly late.' },
    ],
    bird: [
      { text: '{Name} copies every ringtone in the house but not one useful word.', en: '{Name} copies every ringtone in the house but not one useful word.' },
      { text: '{Name} wakes everyone at dawn as if the sun needs a personal announcement.', en: '{Name} wakes everyone at dawn as if the sun needs a personal announcement.' },
      { text: '{Name} has actual wings and still walks around like a tiny landlord.', en: '{Name} has actual wings and still walks around like a tiny landlord.' },
    ],
    horse: [
      { text: '{Name} has the engine of a sports car and the enthusiasm of a parked scooter.', en: '{Name} has the engine of a sports car and the enthusiasm of a parked scooter.' },
      { text: '{Name} eats hay like it is a buffet and then demands dessert in carrots.', en: '{Name} eats hay like it is a buffet and then demands dessert in carrots.' },
      { text: '{Name} tosses that mane around like a shampoo advert nobody asked for.', en: '{Name} tosses that mane around like a shampoo advert nobody asked for.' },
    ],
    sheep: [
      { text: '{Name} follows the crowd so closely that the crowd is getting worried.', en: '{Name} follows the crowd so closely that the crowd is getting worried.' },
      { text: '{Name} is basically a cloud with legs, and a cloud has more plans.', en: '{Name} is basically a cloud with legs, and a cloud has more plans.' },
      { text: '{Name} needs a haircut more than anyone in this video, and that says a lot.', en: '{Name} needs a haircut more than anyone in this video, and that says a lot.' },
    ],
    cow: [
      { text: '{Name} chews the same mouthful for an hour and calls it a hobby.', en: '{Name} chews the same mouthful for an hour and calls it a hobby.' },
      { text: '{Name} stares at the horizon like it owes {name} money.', en: '{Name} stares at the horizon like it owes {name} money.' },
      { text: '{Name} stands in one field all day and still acts incredibly busy.', en: '{Name} stands in one field all day and still acts incredibly busy.' },
    ],
    elephant: [
      { text: '{Name} never forgets anything, which is a shame, because {name} never learns either.', en: '{Name} never forgets anything, which is a shame, because {name} never learns either.' },
      { text: '{Name} takes a mud bath and has the nerve to call it skincare.', en: '{Name} takes a mud bath and has the nerve to call it skincare.' },
      { text: '{Name} has a nose the size of a hosepipe and still cannot smell trouble coming.', en: '{Name} has a nose the size of a hosepipe and still cannot smell trouble coming.' },
    ],
    bear: [
      { text: '{Name} sleeps for months at a time and calls it self-care.', en: '{Name} sleeps for months at a time and calls it self-care.' },
      { text: '{Name} looks cuddly from far away, and that is the only good angle.', en: '{Name} looks cuddly from far away, and that is the only good angle.' },
      { text: '{Name} has claws like kitchen knives and still opens snacks like a toddler.', en: '{Name} has claws like kitchen knives and still opens snacks like a toddler.' },
    ],
    zebra: [
      { text: '{Name} put on stripes once and never changed outfits again.', en: '{Name} put on stripes once and never changed outfits again.' },
      { text: '{Name} looks like a horse that got stuck in a barcode scanner.', en: '{Name} looks like a horse that got stuck in a barcode scanner.' },
      { text: '{Name} could not decide between black and white, so {name} just picked both.', en: '{Name} could not decide between black and white, so {name} just picked both.' },
    ],
    giraffe: [
      { text: '{Name} has the longest neck in the room and still misses the point.', en: '{Name} has the longest neck in the room and still misses the point.' },
      { text: '{Name} looks down on everyone, literally and emotionally.', en: '{Name} looks down on everyone, literally and emotionally.' },
      { text: '{Name} needs a ladder just to give a hug, and nobody here owns a ladder.', en: '{Name} needs a ladder just to give a hug, and nobody here owns a ladder.' },
    ],
  },
  traitJabs: {
    lazy: [
      { text: '{Name} sleeps sixteen hours a day and wakes up tired from all that sleeping.', en: '{Name} sleeps sixteen hours a day and wakes up tired from all that sleeping.' },
      { text: '{Name}\'s daily workout is rolling from one sunny spot to the next one.', en: '{Name}\'s daily workout is rolling from one sunny spot to the next one.' },
      { text: 'If napping were an Olympic sport, {name} would skip the final to take a nap.', en: 'If napping were an Olympic sport, {name} would skip the final to take a nap.' },
      { text: '{Name} has two speeds: asleep, and just about to fall asleep.', en: '{Name} has two speeds: asleep, and just about to fall asleep.' },
      { text: '{Name} treats the sofa like a full-time job with excellent benefits.', en: '{Name} treats the sofa like a full-time job with excellent benefits.' },
    ],
    greedy: [
      { text: '{Name} hears a snack wrapper from three rooms away but never hears the word no.', en: '{Name} hears a snack wrapper from three rooms away but never hears the word no.' },
      { text: '{Name} eats every meal like it is the last one, then asks for dessert anyway.', en: '{Name} eats every meal like it is the last one, then asks for dessert anyway.' },
      { text: 'Leave a plate alone for one second and {name} will call it a donation.', en: 'Leave a plate alone for one second and {name} will call it a donation.' },
      { text: '{Name}\'s favourite room is the kitchen, and favourite person is whoever holds a snack.', en: '{Name}\'s favourite room is the kitchen, and favourite person is whoever holds a snack.' },
      { text: '{Name} has committed more food crimes than a midnight delivery app.', en: '{Name} has committed more food crimes than a midnight delivery app.' },
    ],
    loud: [
      { text: '{Name} reports every leaf, every shadow and every pigeon like breaking news.', en: '{Name} reports every leaf, every shadow and every pigeon like breaking news.' },
      { text: '{Name}\'s volume has two settings: loud, and the neighbours are calling again.', en: '{Name}\'s volume has two settings: loud, and the neighbours are calling again.' },
      { text: '{Name} has an opinion about everything and shares it at full volume.', en: '{Name} has an opinion about everything and shares it at full volume.' },
      { text: 'Silence is golden, which explains why {name} has never owned any.', en: 'Silence is golden, which explains why {name} has never owned any.' },
      { text: '{Name} could narrate this whole video alone, but the microphone would resign.', en: '{Name} could narrate this whole video alone, but the microphone would resign.' },
    ],
    grumpy: [
      { text: '{Name} has a face that says the manager will be hearing about this.', en: '{Name} has a face that says the manager will be hearing about this.' },
      { text: '{Name} judges everyone in this house and has not given a single passing grade.', en: '{Name} judges everyone in this house and has not given a single passing grade.' },
      { text: '{Name} woke up grumpy once and decided to make it a lifestyle.', en: '{Name} woke up grumpy once and decided to make it a lifestyle.' },
      { text: '{Name} gives side-eye so sharp it should come with a warning label.', en: '{Name} gives side-eye so sharp it should come with a warning label.' },
      { text: 'Pay {name} a compliment and you get the look of a tax inspector.', en: 'Pay {name} a compliment and you get the look of a tax inspector.' },
    ],
    destructive: [
      { text: '{Name} has chewed through more shoes than a cobbler has ever repaired.', en: '{Name} has chewed through more shoes than a cobbler has ever repaired.' },
      { text: 'Every cushion in this house has a story, and {name} wrote the ending.', en: 'Every cushion in this house has a story, and {name} wrote the ending.' },
      { text: '{Name} doesn\'t play with toys; {name} runs a small demolition company.', en: '{Name} doesn\'t play with toys; {name} runs a small demolition company.' },
      { text: '{Name} looked at a brand-new sofa and saw a to-do list.', en: '{Name} looked at a brand-new sofa and saw a to-do list.' },
      { text: 'The insurance company keeps a file on {name}, and it is getting thick.', en: 'The insurance company keeps a file on {name}, and it is getting thick.' },
    ],
    clumsy: [
      { text: '{Name} trips over a perfectly flat floor and then blames the floor.', en: '{Name} trips over a perfectly flat floor and then blames the floor.' },
      { text: '{Name} has the grace of a falling fridge and the timing of a bad joke.', en: '{Name} has the grace of a falling fridge and the timing of a bad joke.' },
      { text: '{Name} misjudges every jump, as if gravity changed its rules overnight.', en: '{Name} misjudges every jump, as if gravity changed its rules overnight.' },
      { text: 'Every door frame in this house has met {name} face first.', en: 'Every door frame in this house has met {name} face first.' },
      { text: '{Name} walks into glass doors with total confidence, every single time.', en: '{Name} walks into glass doors with total confidence, every single time.' },
    ],
    vain: [
      { text: '{Name} poses for every camera as if the paparazzi are waiting outside.', en: '{Name} poses for every camera as if the paparazzi are waiting outside.' },
      { text: '{Name} has more grooming appointments than anyone who actually pays the bills.', en: '{Name} has more grooming appointments than anyone who actually pays the bills.' },
      { text: '{Name} checks the mirror more often than the food bowl, and that is saying something.', en: '{Name} checks the mirror more often than the food bowl, and that is saying something.' },
      { text: '{Name} is a full-time diva with a fur coat and no budget.', en: '{Name} is a full-time diva with a fur coat and no budget.' },
      { text: '{Name} believes there is a good side, and insists it is every side.', en: '{Name} believes there is a good side, and insists it is every side.' },
    ],
    scaredy: [
      { text: '{Name} is completely fearless, unless something moves, makes a noise, or exists.', en: '{Name} is completely fearless, unless something moves, makes a noise, or exists.' },
      { text: '{Name} has lost every single staring contest with the vacuum cleaner.', en: '{Name} has lost every single staring contest with the vacuum cleaner.' },
      { text: 'A leaf blew past once, and {name} has still not recovered from it.', en: 'A leaf blew past once, and {name} has still not recovered from it.' },
      { text: '{Name} acts brave right until the doorbell rings, then hides under the bed.', en: '{Name} acts brave right until the doorbell rings, then hides under the bed.' },
      { text: '{Name} is scared of balloons, cucumbers, and most likely this video.', en: '{Name} is scared of balloons, cucumbers, and most likely this video.' },
    ],
    clingy: [
      { text: '{Name} follows everyone to the bathroom like a tiny security guard with no boundaries.', en: '{Name} follows everyone to the bathroom like a tiny security guard with no boundaries.' },
      { text: '{Name} needs attention the way a phone needs charging: constantly, and right now.', en: '{Name} needs attention the way a phone needs charging: constantly, and right now.' },
      { text: 'Leave the room for ten seconds and {name} files a missing person report.', en: 'Leave the room for ten seconds and {name} files a missing person report.' },
      { text: '{Name} is less a pet and more a shadow with feelings.', en: '{Name} is less a pet and more a shadow with feelings.' },
      { text: '{Name} has never heard of personal space and has no plans to learn.', en: '{Name} has never heard of personal space and has no plans to learn.' },
    ],
    escape: [
      { text: '{Name} treats every open gate like a personal invitation to adventure.', en: '{Name} treats every open gate like a personal invitation to adventure.' },
      { text: '{Name} has escaped more times than a movie villain, with worse planning.', en: '{Name} has escaped more times than a movie villain, with worse planning.' },
      { text: 'No fence can hold {name}; only the smell of dinner ever brings {name} back.', en: 'No fence can hold {name}; only the smell of dinner ever brings {name} back.' },
      { text: '{Name} studies the front door like a heist movie, every single night.', en: '{Name} studies the front door like a heist movie, every single night.' },
      { text: '{Name} vanishes so often the neighbours keep a wanted poster ready.', en: '{Name} vanishes so often the neighbours keep a wanted poster ready.' },
    ],
  },
  closers: [
    { text: 'Still, we love you, {name}. Mostly. On good days.', en: 'Still, we love you, {name}. Mostly. On good days.' },
    { text: 'Stay weird, {name}. The rent is still due, payable in cuddles.', en: 'Stay weird, {name}. The rent is still due, payable in cuddles.' },
    { text: 'That is the roast. {Name} will now ignore all of it and take a nap.', en: 'That is the roast. {Name} will now ignore all of it and take a nap.' },
    { text: '{Name}, this was not a roast, it was a performance review: adorable, but fired.', en: '{Name}, this was not a roast, it was a performance review: adorable, but fired.' },
    { text: 'And that, {name}, is why you are famous on the internet and nowhere else.', en: 'And that, {name}, is why you are famous on the internet and nowhere else.' },
    { text: 'Love you, {name}. Now please go practise being a normal {noun}.', en: 'Love you, {name}. Now please go practise being a normal {noun}.' },
  ],
  groupClosers: [
    { text: 'We love every single one of you, but this house needs a holiday.', en: 'We love every single one of you, but this house needs a holiday.' },
    { text: '{Count} {nouns}, zero regrets, and one very tired household.', en: '{Count} {nouns}, zero regrets, and one very tired household.' },
    { text: 'We love this gang. The furniture, however, does not.', en: 'We love this gang. The furniture, however, does not.' },
  ],
  petWords: {
    dog: ['dog', 'doggo', 'doggy', 'doggie', 'pup', 'puppy', 'pupper', 'puppies', 'hound', 'beagle', 'labrador', 'lab', 'retriever', 'husky', 'pug', 'poodle', 'dachshund', 'corgi', 'bulldog', 'shepherd', 'terrier', 'chihuahua', 'boxer', 'rottweiler', 'doberman', 'spaniel', 'pomeranian', 'indie', 'mutt'],
    cat: ['cat', 'kitty', 'kitten', 'kitties', 'kitteh', 'tabby', 'persian', 'siamese', 'tomcat', 'moggy'],
    bird: ['bird', 'birdie', 'parrot', 'budgie', 'parakeet', 'cockatiel', 'canary', 'pigeon', 'lovebird', 'macaw', 'cockatoo', 'myna', 'mynah', 'sparrow', 'chicken', 'hen', 'rooster', 'duck'],
    horse: ['horse', 'pony', 'ponies', 'mare', 'stallion', 'foal', 'colt'],
    sheep: ['sheep', 'lamb', 'ewe'],
    cow: ['cow', 'calf', 'calves', 'bull', 'buffalo', 'ox', 'cattle'],
    elephant: ['elephant', 'jumbo'],
    bear: ['bear', 'cub'],
    zebra: ['zebra'],
    giraffe: ['giraffe'],
  },
  traitWords: {
    lazy: ['lazy', 'laz', 'sleep', 'slept', 'nap', 'snooz', 'couch', 'sofa potato', 'lounging', 'tired', 'doze', 'dozing', 'bed all day', 'never moves'],
    greedy: ['greed', 'food', 'eat', 'ate', 'snack', 'treat', 'steal', 'stole', 'thief', 'hungry', 'hunger', 'beg', 'kitchen', 'fridge', 'chonk', 'glutton', 'munch'],
    loud: ['loud', 'bark', 'howl', 'yowl', 'meow', 'scream', 'yell', 'nois', 'squawk', 'screech', 'chirp', 'neigh', 'bray', 'moo', 'bleat', 'whin', 'trumpet', 'roar'],
    grumpy: ['grump', 'angry', 'mood', 'judg', 'attitude', 'hiss', 'glare', 'stare', 'sass', 'rude', 'cranky', 'annoyed', 'hates everyone'],
    destructive: ['destr', 'chew', 'shred', 'ruin', 'rip', 'tore', 'tear', 'wreck', 'scratch', 'knock', 'smash', 'dig up', 'eats shoes', 'shoe', 'sock', 'cushion', 'pillow', 'furniture'],
    clumsy: ['clums', 'trip', 'fall', 'fell', 'slip', 'bump', 'derp', 'goof', 'wobbl', 'stumbl', 'crash', 'klutz'],
    vain: ['vain', 'diva', 'pretty', 'fancy', 'selfie', 'mirror', 'groom', 'princess', 'prince', 'spoil', 'drama', 'camera', 'pose', 'posing', 'model', 'beauty', 'fashion'],
    scaredy: ['scare', 'scary', 'afraid', 'fear', 'coward', 'vacuum', 'thunder', 'jumpy', 'nervous', 'timid', 'cucumber', 'frighten', 'panic', 'spook'],
    clingy: ['cling', 'follow', 'attention', 'needy', 'cuddl', 'velcro', 'shadow', 'lap', "won't leave", 'never leaves', 'jealous'],
    escape: ['escap', 'run away', 'runs away', 'ran away', 'run off', 'runs off', 'fence', 'gate', 'houdini', 'bolt', 'wander', 'jailbreak', 'sneak out', 'sneaks out', 'dig under'],
  },
  numberWords: { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, both: 2, pair: 2, twin: 2, twins: 2 },
  notNames: [
    'my', 'our', 'the', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'who', 'which', 'what',
    'and', 'but', 'or', 'so', 'is', 'was', 'are', 'roast', 'please', 'pls', 'plz', 'make', 'do', 'a', 'an', 'me', 'him', 'them', 'i', 'we',
    'you', 'your', 'always', 'never', 'every', 'all', 'just', 'really', 'very', 'today', 'here', 'there', 'when', 'while', 'because', 'with',
    'lol', 'omg', 'haha', 'hey', 'hi', 'hello', 'ok', 'okay', 'yes', 'no', 'not', 'for', 'from', 'about', 'at', 'in', 'on', 'of', 'to', 'madam',
    'pet', 'baby', 'boy', 'girl', 'buddy', 'fur', 'little', 'old', 'new', 'cute', 'sweet', 'big', 'fat', 'good', 'bad', 'naughty', 'who\'s', 'whose',
  ],

};

/**
 * English jabs around a trait the prompt states in its own words that no trait family recognises ("who thinks
 * he is a wolf"): `{trait}` is the owner's phrase verbatim, a verb phrase about the pet (docs/writer.md,
 * "Free-form traits"). English only: the other books roast the recognised trait families, since a phrase
 * cannot be put verbatim into a sentence of another language.
 */
export const ENGLISH_FREE_TRAIT_JABS: readonly string[] = Object.freeze([
  'Apparently {Name} {trait}. Nobody has told {name} that this is not a personality.',
  '{Name} {trait}, and somehow still expects a treat for it.',
  'Let the record show: {name} {trait}. This household is not impressed.',
  'Yes, {name} {trait}. Bold behaviour for someone who cannot open a door.',
]);
