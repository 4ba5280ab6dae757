/**
 * Vocabularies for names that are not in the lexicon (entities with known: false).
 *
 * These are data: each list says what it is for, and every entry earns its place by a real
 * construction in Korean news. The logic that uses them lives in unknown.ts. Precision matters
 * more than recall here (an unknown entity that is wrong costs as much as one that is missed,
 * and the checks ask for precision ≥ 0.90), so the lists are narrow on purpose.
 */

// ───────────────────────────── people ─────────────────────────────

/**
 * Titles that follow a person's name ("트럼프 대통령", "김준 SK이노베이션 신임 사장").
 * The title is never part of the name. Tokens may end with one of these after a compound
 * prefix (see TITLE_COMPOUND_SUFFIXES) and may carry particles or 님 ("교수님", "의원께서").
 */
export const PERSON_TITLES: readonly string[] = [
  // heads of state and government
  "대통령", "부통령", "주석", "국가주석", "총리", "부총리", "국무총리", "총통", "국왕", "여왕", "왕세자", "총서기",
  // ministers and officials
  "장관", "차관", "국무장관", "상무장관", "재무장관", "국방장관", "외무장관", "외교장관", "무역대표",
  "청장", "차장", "처장", "원장", "부원장", "총재", "부총재", "국장", "실장", "본부장", "센터장", "단장", "부장",
  "과장", "서장", "차관보", "부대변인", "부부장", "국장대행",
  "소장", "총장", "학장", "검사장", "지검장", "검찰총장", "비서관", "비서실장", "보좌관", "대변인", "수석",
  "대사", "특사", "특보", "영사", "총영사", "사령관", "장군", "도지사", "주지사", "지사", "군수", "구청장", "시장",
  // legislators and parties
  "의원", "국회의원", "상원의원", "하원의원", "의장", "부의장", "국회의장", "위원장", "부위원장", "비대위원장",
  "위원", "원내대표", "대표", "최고위원", "후보", "후보자", "당선인", "당선자",
  // business
  "회장", "부회장", "명예회장", "사장", "부사장", "대표이사", "이사", "이사장", "전무", "상무", "사외이사",
  "CEO", "CFO", "CTO", "COO", "최고경영자", "최고재무책임자", "최고기술책임자", "최고운영책임자",
  "창업자", "창업주", "설립자", "총수", "팀장", "그룹장", "부문장", "사업부장",
  // professions that name a person in news copy
  "교수", "부교수", "조교수", "명예교수", "석좌교수", "연구원", "선임연구원", "수석연구원", "연구위원",
  "애널리스트", "이코노미스트", "박사", "변호사", "회계사", "판사", "검사",
  "기자", "특파원", "앵커", "논설위원", "평론가", "칼럼니스트", "작가", "감독", "선수", "코치",
  // forms of address
  "씨", "여사", "선생", "할머니", "할머님", "할아버지",
];

/**
 * Titles that are also common nouns ("금융 시장" is a market; "이사" is a move): they name a
 * person only after a three-syllable Korean name or with a modifier ("오세훈 전 시장").
 */
export const WEAK_TITLES: readonly string[] = ["시장", "지사", "이사", "위원", "대사", "선수", "감독", "작가", "코치"];

/**
 * Titles that may be the END of a longer word ("경제부총리", "상인회장", "사무국장",
 * "경영기획실장", "비대위원장", "민정수석"). Words like 시장 (also "market") are left out.
 */
export const TITLE_COMPOUND_SUFFIXES: readonly string[] = [
  "대통령", "총리", "장관", "차관", "회장", "사장", "의장", "위원장", "본부장", "센터장", "단장", "실장", "국장",
  "원장", "청장", "처장", "총장", "소장", "부장", "팀장", "검사장", "지검장", "의원", "교수", "대표", "이사",
  "수석", "대사", "위원", "후보", "기자", "특파원", "감독", "연구원", "평론가", "과장", "서장", "대변인", "차관보",
];

/** Words that end like a compound title but are not one ("소부장": 소재·부품·장비, materials and parts). */
export const NOT_TITLES: readonly string[] = ["소부장", "가부장", "시부장", "대부장"];

/**
 * Titles strong enough to name a foreign-looking person that has no lexicon entry
 * ("러트닉 상무장관"): political offices only — corporate titles follow company names too
 * often ("리벨리온 대표").
 */
export const FOREIGN_PERSON_TITLES: readonly string[] = [
  "대통령", "부통령", "총리", "국무총리", "주석", "총통", "국왕", "장관", "국무장관", "상무장관", "재무장관",
  "국방장관", "외무장관", "무역대표", "대변인", "상원의원", "하원의원", "총재", "대사", "특사",
  // government officials below ministers (a company name is never followed by these)
  "차관", "차관보", "부대변인", "위원장", "부부장", "서장", "국장", "청장", "의원", "선임연구원", "연구원",
];

/**
 * Syllables typical of foreign names written in Hangul (트, 프, 스, -슨, -턴 …). A name that is
 * not Korean-looking must contain one of them to be taken as a foreign person before a
 * FOREIGN_PERSON_TITLES title: "바이든 대통령" yes, "역대 대통령" no.
 */
export const LOANWORD_SYLLABLES: string = "트프스크즈르브드츠쉬슈튼슨턴든런먼닉릭틴핀킨롱렌벨텔셀퍼버커터";

/** Titles after which an organisation named just before them is a company ("정원화(제일기획 상무)"). */
export const CORPORATE_TITLES: readonly string[] = [
  "회장", "부회장", "명예회장", "사장", "부사장", "대표", "대표이사", "전무", "상무", "사외이사", "CEO", "CFO", "CTO",
  "COO", "최고경영자", "최고재무책임자", "최고기술책임자", "최고운영책임자", "창업자", "창업주",
];

/**
 * Affiliations that are neither companies nor agencies even before a corporate title: schools,
 * parties, places, associations and research bodies ("녹색소비자연대 대표", "한국반도체산업협회 부회장").
 * They are left to the optional "organization" class and not output.
 */
export const AFFILIATION_NOT_COMPANY_ENDINGS: readonly string[] = [
  "대", "대학", "대학교", "대학원", "고", "학교", "학과", "당", "시", "도", "군", "구", "동", "읍", "면",
  "연대", "협회", "재단", "연합", "연맹", "포럼", "연구소", "연구원", "센터", "학회", "노조", "조합", "본부", "협의회",
  "위원회", "단체", "모임", "사업단", "추진단", "상인회", "조직위",
];

/** Endings of an agency named before a government title ("국민안전처 장관", "관세청장"). */
export const AGENCY_ENDINGS: readonly string[] = ["부", "처", "청", "원", "실", "국", "위원회", "성", "관"];

/** Titles after which an organisation named just before them is a regulator ("박인용 국민안전처 장관"). */
export const GOVERNMENT_TITLES: readonly string[] = ["장관", "차관", "청장", "처장", "국무장관", "상무장관", "재무장관"];

/** Words allowed between a name and its title without being an affiliation ("김종인 전 대표"). */
export const TITLE_MODIFIERS: readonly string[] = [
  "전", "前", "현", "現", "신임", "당시", "초대", "공동", "전직", "현직", "차기", "임시", "명예", "수석", "직무대행",
];

/**
 * Words that cannot stand between a name and its title: pronouns, time words, quantifiers
 * ("오늘이 제가 현역 의원으로서" has no person 오늘이).
 */
export const NOT_BETWEEN_NAME_AND_TITLE: readonly string[] = [
  "제가", "저희", "우리", "우리가", "저는", "나는", "현역", "어제", "오늘", "지금", "이번", "지난", "최근", "함께", "모든",
  "여러", "가장", "사실상", "본인", "자신", "다른", "같은", "모두", "또", "및", "등",
];

/** Occupations that, inside parentheses after a name, mark it as a person ("방희선(변호사)"). */
export const PAREN_OCCUPATIONS: readonly string[] = [
  "변호사", "교사", "가수", "작가", "배우", "감독", "선수", "기자", "교수", "연구원", "학생", "대학생", "회사원", "주부",
  "의사", "약사", "목사", "스님", "신부", "박사", "애널리스트", "평론가", "문학평론가", "회계사", "자영업자", "상무",
  "전무", "이사", "사장", "회장", "대표", "의원", "위원", "고문", "소장", "원장", "센터장", "연구위원", "당선인",
];

/** Korean surnames, one syllable (by frequency; rare ones included where they appear in news). */
export const KOREAN_SURNAMES: readonly string[] = [
  "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유",
  "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민",
  "진", "나", "지", "엄", "채", "원", "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설",
  "마", "길", "연", "위", "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은",
  "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목", "형", "피", "두", "감", "음", "빈", "동", "온", "호",
  "범", "좌", "팽", "승", "간", "상", "갈", "서", "견", "당", "화", "창", "옹",
];

/** Two-syllable Korean surnames ("남궁", "제갈"). */
export const KOREAN_DOUBLE_SURNAMES: readonly string[] = ["남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방"];

/**
 * Syllables that occur in Korean given names. A candidate "name" whose given-name syllables are
 * not all in this set ("정부", "전직", "고위") is a common word, not a name. Compiled from
 * frequent given names; extend it when a real name is missed.
 */
export const GIVEN_NAME_SYLLABLES: string =
  "가각간갑강개건걸겸경계고곤공관광교구국군권귀규균근금기길나난남내녀노누다단달담대덕도돈동두득" +
  "라란람래량려련렬령례로록뢰룡루류륜률륭리린림립마만매명모목묵문미민박반배백범법벽병보복본봉부분비빈빛" +
  "사삼상새서석선설섭성세소솔송수숙순술숭슬승시식신실심아안애양언엽여연열염영예오옥온완왕요용우욱운웅원월위" +
  "유육윤율융은을음응의이익인일임입자장재전정제조종주준중지직진찬창채천철청초춘충치탁태택판팔평표필" +
  "하학한해행향허헌혁현협형혜호홍화환활황회효후훈휘희흠흥" +
  // less frequent, and native-Korean names (여울, 하늘, 나래, 슬기, 보람, 한결)
  "무울늘래름결람별찬총추충칠탄토투파포풍항섬점집징첨생돌둘들등락력렴롱륙르봄솜샘잎";

/**
 * Last syllables that mark a word as a verb form or a noun with a particle ("반대가", "하고",
 * "최소한", "김모" for an anonymised name), rare at the end of real given names.
 */
export const NAME_FINAL_EXCLUDE: string = "가이고다요니며면게도로를을는에의와과랑만께한모대해";

/**
 * Common words that look like names (a surname syllable followed by name-like syllables) and
 * are often followed by a title: "정부 대변인", "현역 의원", "주한 대사", "국회 의장".
 */
export const NAME_STOPWORDS: readonly string[] = [
  "정부", "정치", "정책", "정당", "정상", "정식", "정례", "정보", "정무", "정원",
  "이번", "이날", "이후", "이전", "이상", "이하", "이어", "이미", "이제", "이들", "이런", "이번에", "이외",
  "지난", "지금", "지난해", "지역", "지방", "지원", "지도", "지사", "지주", "지난달",
  "전직", "전임", "전체", "전국", "전문", "전원", "전략", "전자", "전세계", "전 세계", "전반",
  "현직", "현재", "현지", "현역", "현대", "현장", "현행",
  "신임", "신규", "신설", "신흥", "신형", "신고", "신년",
  "차기", "차관", "최근", "최고", "최초", "최대", "최종", "최소", "고위", "고문", "고객",
  "공동", "공식", "공공", "공정", "공화", "명예", "명의", "선임", "선거", "선수", "선진", "석좌", "석유",
  "주요", "주식", "주한", "주미", "주중", "주일", "주주", "주가", "주석", "주재", "주최",
  "한국", "한편", "한때", "한동안", "한미", "한중", "한일", "한반도", "한도",
  "오는", "오늘", "오후", "오전", "우리", "우선", "유력", "유명", "유일", "유관",
  "연방", "연준", "연구", "연합", "국내", "국외", "국제", "국가", "국민", "국회", "국무", "국방", "국정",
  "남북", "남측", "북측", "여당", "여야", "여성", "양국", "양측", "양사", "원내", "원장", "원래",
  "하원", "하반기", "민간", "민주", "민정", "경제", "경영", "경찰", "기존", "기업", "기관", "기술", "기획",
  "사내", "사외", "사무", "사장", "사실", "조선", "조직", "조사", "방문", "방한", "방미", "방중", "방송",
  "강력", "안보", "안전", "함께", "변호", "예비", "성명", "성장", "손해", "문화", "문제", "도내", "노조", "노동",
  "진보", "진영", "진상", "진행", "임시", "임원", "임기", "장기", "장관", "부문", "부장", "부사장", "부회장",
  "부총리", "시장", "시민", "시진", "시행", "인사", "인근", "인도", "제재", "소속", "소장", "동료", "초선", "재선",
  "마을", "모든", "여러", "위원", "위원장", "상원", "상무", "명문", "황제", "왕실", "은행", "태국",
  "경기", "전남", "전북", "경남", "경북", "강원", "제주", "부산", "인천", "용산", "여의도", "고양", "구미", "진주",
  "원주", "천안", "김해", "김천", "김포", "남원", "공주", "나주", "상주", "성주", "화성", "하남", "안산", "안양", "성남",
  "이천", "양산", "오산", "남산", "홍성", "이사회", "전경련", "한은", "국세", "관세", "주무", "담당",
  "사실상", "위해서", "추천", "어제", "가장", "하고", "하신", "제가", "저희", "우리가", "본인", "자신",
  // people nouns in -자/-인/-원 and adverbs that precede titles ("최고 지도자 주석", "조만간 사장 인사")
  "지도자", "소비자", "투자자", "관계자", "기술자", "경영자", "당사자", "참석자", "수상자", "후원자", "주주", "사용자",
  "신청자", "수혜자", "연구자", "노동자", "근로자", "생산자", "공급자", "수요자", "판매자", "구매자", "운영자",
  "조만간", "조속히", "지금껏", "여전히", "계속", "결국", "특히", "역시", "이미",
  "가운데", "감독", "당국", "당시", "대표", "대통령", "의원", "의장", "총리", "회장", "교수", "기자",
];

/**
 * Foreign given names written in Hangul: "조지 부시", "빌 클린턴", "존 행키". A token from this
 * list followed by a Hangul word is a person's full name. Words that are also Korean nouns
 * (팀 team, 짐 luggage, 밥 rice, 조 trillion, 마이크 microphone, 지나 "passing") are left out.
 */
export const FOREIGN_GIVEN_NAMES: readonly string[] = [
  "조지", "빌", "존", "도널드", "버락", "힐러리", "로널드", "지미", "리처드", "린든", "해리",
  "젠슨", "리사", "일론", "사티아", "순다르", "샘", "마크", "제프", "래리", "세르게이", "스티브", "빌리",
  "팻", "크리스티아노", "앤디", "아르빈드", "케빈", "피터", "앨런", "워런", "제롬", "재닛", "낸시", "카멀라",
  "마이클", "제임스", "데이비드", "로버트", "윌리엄", "찰스", "에드워드", "앤드루", "조너선", "토니", "니콜라",
  "마틴", "안토니오", "우르줄라", "크리스틴", "블라디미르", "에마뉘엘", "앙겔라", "보리스", "리시", "키어",
  "올라프", "프리드리히", "나렌드라", "마르코", "하워드", "스콧", "제이미슨", "캐서린", "토드", "에릭",
  "브라이언", "스티븐", "폴", "티모시", "매튜", "대니얼", "조슈아", "벤저민", "알렉산더", "그레그", "레이먼드",
  "존슨", "엘리자베스", "메리", "제니퍼", "패트릭", "크리스토퍼", "라이언", "저스틴", "에마", "올리비아",
  "찰리", "케이트", "수전", "로렌스", "네이선", "데이브",
  "그레고리", "매슈", "케네스", "제이크", "알렉스", "크리스", "제이슨", "애덤", "헨리", "루이스", "카를로스",
  "사라", "에밀리", "레베카", "린다", "바버라", "캐런", "니컬러스", "필립", "빅터", "월터", "게리", "조던",
  "마거릿", "로저", "더글러스", "프랭크", "레이", "카를", "데릭", "숀", "켄", "맷", "존스", "줄리", "앤", "제인",
];

/**
 * First syllables of Chinese surnames as Korean news transliterates them (쑨잉, 왕원타오,
 * 린자오밍). A 2–4 syllable word starting with one, that is not a Korean name, reads as a
 * Chinese or Taiwanese name when a FOREIGN_PERSON_TITLES title follows ("쑨잉 대변인").
 */
export const CHINESE_SURNAME_SYLLABLES: string = "쑨왕린리천류양황자우저쉬후궈허가뤄량셰쑹탕펑차쩡덩샤톈둥판위웨청친쉐예옌쿵멍바추캉팡샹푸딩런";

// ───────────────────────────── organisations ─────────────────────────────

export interface OrgSuffixRule {
  /** the word ends with this */
  readonly suffix: string;
  readonly type: "regulator" | "company" | "source";
  /** minimum length of the whole word, in characters */
  readonly minLength: number;
  /** for 부 (ministry): the syllable before 부 must be one of these */
  readonly before?: string;
  /** generic words of this shape that are not names (exact match) */
  readonly exclude?: readonly string[];
  /** words ending with one of these are not names of this kind ("메모리사업부", "중앙정부") */
  readonly excludeEndings?: readonly string[];
  /** the name must be all Hangul: no Latin prefix ("AI반도체" is a technology, not a company) */
  readonly hangulOnly?: boolean;
}

/**
 * Organisation names recognised by their last word. Only suffixes whose compounds are nearly
 * always proper names are here; 처 (거래처, 공급처), 원 (연구원 is also a person) and 뉴스
 * (가짜뉴스) are left out for that reason.
 */
export const ORG_SUFFIX_RULES: readonly OrgSuffixRule[] = [
  // regulators and agencies
  // a proper name of three or more syllables before 위원회 ("원자력안전위원회"); generic committees are not names
  {
    suffix: "위원회", type: "regulator", minLength: 6,
    excludeEndings: ["소위원회", "분과위원회", "특별위원회", "비상대책위원회", "대책위원회", "운영위원회", "조직위원회", "준비위원회", "진상조사위원회", "상임위원회", "인사위원회", "징계위원회", "자문위원회", "심사위원회", "심의위원회", "추진위원회", "집행위원회"],
  },
  {
    suffix: "청", type: "regulator", minLength: 3,
    excludeEndings: ["시청", "군청", "도청", "구청", "요청", "신청", "초청", "경청", "감청", "방청", "관청", "대청", "본청", "지청", "민원청"],
  },
  // ministries: 외교부, 교육부, 국방부, 상무부, 재무부, 산업통상자원부 … (the syllable before 부 says so)
  {
    suffix: "부", type: "regulator", minLength: 3, before: "교육방일무정원신전지동경통산족광품업보안화건림공",
    excludeEndings: ["정부", "위안부", "사업부", "영업부", "지원부", "지도부", "본부", "간부", "내부", "외부", "일부", "전부", "세부", "수뇌부", "집행부", "정치부", "사회부", "경제부", "편집부", "외신부", "공정부"],
    exclude: ["행정부"],
  },
  { suffix: "안전처", type: "regulator", minLength: 4 },
  { suffix: "보훈처", type: "regulator", minLength: 4 },
  { suffix: "법제처", type: "regulator", minLength: 3 },
  { suffix: "혁신처", type: "regulator", minLength: 4 },
  { suffix: "총국", type: "regulator", minLength: 4 },
  { suffix: "총서", type: "regulator", minLength: 4 },
  { suffix: "판공실", type: "regulator", minLength: 5 },
  // companies
  { suffix: "전자", type: "company", minLength: 4, exclude: ["가전자", "광전자", "반전자", "양전자", "전전자"] },
  { suffix: "반도체", type: "company", minLength: 5, hangulOnly: true, exclude: ["전력반도체", "화합물반도체", "시스템반도체", "차량용반도체", "메모리반도체", "비메모리반도체", "첨단반도체", "국산반도체", "범용반도체", "레거시반도체", "차세대반도체", "지능형반도체"] },
  { suffix: "중공업", type: "company", minLength: 4 },
  // chip and tech firms named by their last word ("누리실리콘", "세진테크"); generic -tech words are not names
  { suffix: "실리콘", type: "company", minLength: 4, hangulOnly: true, exclude: ["폴리실리콘", "탄화실리콘"] },
  { suffix: "세미콘", type: "company", minLength: 4, hangulOnly: true },
  {
    suffix: "테크", type: "company", minLength: 4, hangulOnly: true,
    exclude: ["하이테크", "딥테크", "빅테크", "핀테크", "에듀테크", "푸드테크", "프롭테크", "클린테크", "기후테크", "그린테크", "바이오테크", "애그테크", "레그테크", "인슈어테크", "헬스테크", "리걸테크", "로우테크", "미디어테크", "뷰티테크", "스페이스테크", "펫테크", "에너지테크", "모빌리티테크", "섭테크"],
  },
  { suffix: "증권", type: "company", minLength: 4, exclude: ["유가증권", "수익증권", "주식증권", "채무증권", "지분증권", "파생증권", "투자증권", "금융증권"] },
  { suffix: "호텔", type: "company", minLength: 4, exclude: ["특급호텔", "관광호텔", "비즈니스호텔", "부티크호텔", "캡슐호텔", "일급호텔", "고급호텔", "대형호텔"] },
  // sources
  { suffix: "일보", type: "source", minLength: 4 },
  { suffix: "신문", type: "source", minLength: 4, exclude: ["경제신문", "일간신문", "지방신문", "종이신문", "전문신문", "무료신문", "석간신문", "조간신문", "주간신문", "중앙신문", "외국신문", "해외신문", "관영신문", "어린이신문"] },
  { suffix: "통신", type: "source", minLength: 4, exclude: ["이동통신", "정보통신", "위성통신", "무선통신", "유선통신", "광통신", "데이터통신", "차세대통신", "초고속통신", "양자통신", "전기통신", "방송통신"] },
  { suffix: "타임스", type: "source", minLength: 4 },
  { suffix: "저널", type: "source", minLength: 4, exclude: ["학술저널", "국제저널", "과학저널", "의학저널"] },
];

/**
 * Latin words that are technology terms, not company names, when glued before a suffix word:
 * "AI반도체" and "IT전자" are not companies, "KB증권" is.
 */
export const GENERIC_LATIN_PREFIXES: readonly string[] = [
  "AI", "IT", "ICT", "HBM", "GPU", "CPU", "NPU", "SoC", "AP", "PC", "TV", "EV", "IoT", "ESS", "LED", "OLED", "LCD", "SW", "HW",
  "AR", "VR", "XR", "5G", "6G", "K", "D", "DRAM", "NAND", "ASIC", "CXL", "PIM", "IDM", "OSAT",
];

/** Regulators named after their country with a space ("중국 상무부"): the suffixes that qualify. */
export const COUNTRY_REGULATOR_SUFFIXES: readonly string[] = ["부", "청", "처", "위원회", "국", "성", "원", "총국", "총서", "판공실"];

/** Words after a known company that make the whole a different company ("한화" + "생명"), never this list. */
export const SUBSIDIARY_STOP_REMAINDERS: readonly string[] = [
  "그룹", "측", "사", "가", "家", "맨", "칩", "제품", "주", "주가", "주식", "계열", "계열사", "출신", "식", "형", "판",
  "발", "산", "제", "용", "표", "쪽", "내", "외", "등", "직원", "노조", "오너", "일가", "총수", "회장", "사장",
];

/**
 * Endings that make "<known company><ending>" a company of its own ("한화생명", "LG화학",
 * "SK텔레콤"); products glued to a maker ("애플워치", "삼성페이") end otherwise and are skipped.
 */
export const SUBSIDIARY_ENDINGS: readonly string[] = [
  "생명", "화재", "보험", "손해보험", "증권", "투자증권", "카드", "캐피탈", "은행", "자산운용", "인베스트먼트", "파트너스",
  "전자", "전기", "화학", "케미칼", "디스플레이", "텔레콤", "통신", "이노베이션", "이노텍", "에너지", "에너지솔루션",
  "솔루션", "솔루션즈", "시스템", "시스템즈", "네트웍스", "반도체", "파운드리", "하이닉스", "바이오", "바이오로직스",
  "제약", "건설", "엔지니어링", "중공업", "조선", "조선해양", "해양", "오션", "에어로스페이스", "정밀", "테크윈",
  "테크", "테크놀로지", "물산", "상사", "인터내셔널", "유통", "리테일", "홀딩스", "지주", "호텔", "리조트", "모비스",
  "제철", "글로비스", "로템", "오토에버", "자동차", "항공", "해운", "물류", "산업", "개발", "소프트", "미디어",
  "엔터테인먼트", "푸드", "제과", "칼텍스", "실트론", "스퀘어", "브로드밴드", "머티리얼즈", "큐셀", "루브리컨츠",
  "코리아", "재팬", "차이나", "아메리카", "랩스", "벤처스", "클라우드",
];

/** Corporate-form markers: "SK(주)", "(주)GS", "㈜한화". */
export const CORPORATE_FORMS: readonly string[] = ["(주)", "㈜", "(株)", "（주）"];

// ───────────────────────────── chips ─────────────────────────────

/** Words after a model code that say it is a chip ("H30 칩", "B40 GPU"). */
export const CHIP_CONTEXT_AFTER: readonly string[] = [
  "칩", "칩셋", "GPU", "CPU", "NPU", "TPU", "AP", "가속기", "프로세서", "반도체", "그래픽카드",
];

/** A model code: 1–4 capital letters, digits, an optional capital suffix ("MI450", "B40", "H20E", "B30A"). */
export const CHIP_CODE_RE = /^[A-Z]{1,4}[0-9]{2,4}[A-Z]{0,2}$/;

/** Codes that look like chips but are not (groups of states, sections, standards). */
export const CHIP_CODE_STOP: readonly string[] = ["G7", "G20", "COP28", "COP29", "A1", "A2", "B1", "B2", "H1", "H2", "Q1", "Q2", "Q3", "Q4", "ISO9001"];

/** Connectors allowed between a code and a known chip ("H20과 H30", "H20·H30", "H20, H30"). */
export const CHIP_LIST_CONNECTORS: readonly string[] = [",", "·", "과", "와", "및", "나", "이나", "/"];
