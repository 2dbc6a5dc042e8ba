/**
 * Common given names in the news of the domain (English, Russian and other Slavic, Arabic and Persian,
 * Turkic, Chinese pinyin syllable-names), lower-case. A capitalised span that starts with one of these
 * and has a second capitalised word reads as a person. Compact by design: recall on rare names comes
 * from titles ("Mr", "Minister") and from names already seen in the document.
 */
const NAMES = `
aaron abdul abdullah abu adam adrian ahmad ahmed aidan al alan alastair albert alberto aleksandr aleksei alex alexander
alexandra alexei alexey ali alice alicia alina alison allan amanda amir amy ana anatoly andrea andreas andrei andrew andrey
andy angela angelina ann anna anne anthony anton antonio antony arkady arman arthur ashley asif aslan bakhyt barack barbara
bashar ben benjamin bernard bill bob boris brad bradley brandon brian bruce carl carlos carol caroline catherine charles
charlie chen chris christian christina christine christopher claire colin craig dan daniel daniela danny daria darya dave
david dean deborah denis dennis derek diana dmitri dmitry dominic donald douglas dylan ed eddie edward elena elizabeth
elvira emily emma emmanuel eric erik eugene evgeny fahad faisal farid fatima felix fiona francis frank fred frederick
friedrich gary gennady george georgy gerald gina giorgia gordon grace graham greg gregory guo hamid hamza hana hannah harold
harry hassan heather helen henry hillary howard hu hugh hussein ian igor ilham ilya irina isaac ivan jack jacob james jamie
jan jane janet jason jean jeff jeffrey jennifer jeremy jessica jim jimmy joan joe john johnny jon jonathan jordan jose
joseph josh joshua juan julia julian julie justin kamal karen karim kassym kate katherine kathleen kathryn keith kelly ken
kenneth kevin khalid kim kirill konstantin kurt larry laura lauren lee leonid li lin linda lisa liu liz louis lucy luis
lyudmila magomed mahmoud marco margaret maria marie marina mark martin mary masoud matthew maxim maria mehmet michael michel
mike mikhail mohamed mohammad mohammed muhammad nadia nancy natalia natalya nathan neil nicholas nick nicolas nikita
nikolai nikolay nina nursultan oleg olga oliver omar oscar pamela patrick paul pavel peter philip qiang rachel rafael rahul
ramzan raymond rebecca recep richard rishi rob robert roger roman ronald rosa ruslan ryan sadyr said salman sam samuel
sandra sara sarah scott sean sebastian serge sergei sergey shavkat simon sofia sophie stanislav stephen steve steven stuart
susan svetlana tatiana tatyana thomas tim timothy tom tony ursula valentina valery vasily victor viktor vincent vitaly
vladimir vladislav volodymyr walter wang wei william xi xu yana yang yaroslav yevgeny yong yuri yury zhang zhao anatoliy
mykola oleksandr oleksiy andriy serhiy dmytro yulia kaja josep olaf keir narendra nikol antony wally gina thea jens
`;
export const GIVEN_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
