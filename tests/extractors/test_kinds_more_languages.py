"""sneaker_kind rules (no textcat) on job mail in languages the cue lists lacked: Tagalog and
Taglish, Indonesian and Malay, Japanese, Korean, Chinese, Turkish and Vietnamese, the standard
wording of their boards and hiring teams. All text is invented."""

from tests.extractors.kind_cases import by_id, kind_of

BPO_HR = {"from_name": "Recruitment Team", "from_addr": "recruitment@islandbpo.ph"}
JAKARTA_HR = {"from_name": "HRD", "from_addr": "hrd@sinarjaya.co.id"}
TOKYO_HR = {"from_name": "採用担当", "from_addr": "recruit@kaigan-motors.co.jp"}
SEOUL_HR = {"from_name": "인사팀", "from_addr": "recruit@hanbit-data.co.kr"}
SHANGHAI_HR = {"from_name": "招聘团队", "from_addr": "hr@lanhai-tech.cn"}
ISTANBUL_HR = {"from_name": "İnsan Kaynakları", "from_addr": "ik@marmara-medya.com.tr"}
HANOI_HR = {"from_name": "Phòng Nhân sự", "from_addr": "tuyendung@songhong-soft.vn"}
NETFLIX = {"from_name": "Netflix", "from_addr": "info@mailer.netflix.com"}

LANGUAGES = [
    (
        "taglish-application-thanked-for",
        BPO_HR,
        "Salamat sa iyong application!",
        "Hi Ana, natanggap na namin ang iyong application para sa Team Leader. Tatawagan ka "
        "namin kung pasok ka sa susunod na step.",
        "application_confirmation",
    ),
    (
        "tagalog-we-regret-to-inform",
        BPO_HR,
        "Resulta ng iyong application",
        "Magandang araw po. Ikinalulungkot naming ipaalam na hindi ka napili para sa posisyon.",
        "rejection",
    ),
    (
        "taglish-someone-else-hired",
        BPO_HR,
        "Re: Application - Admin Assistant",
        "Hello po, pasensya na sa late reply. Na-hire na po namin yung ibang applicant. "
        "Good luck po!",
        "rejection",
    ),
    (
        "taglish-cannot-endorse-you",
        BPO_HR,
        "Final interview result",
        "Salamat sa pag-attend ng final interview. Sa ngayon, hindi ka namin mai-eendorse "
        "para sa account na ito.",
        "rejection",
    ),
    (
        "tagalog-invitation-to-interview",
        BPO_HR,
        "Interview - CSR",
        "Hi Ana, iniimbitahan ka namin sa isang initial interview sa Lunes, 10am, sa aming "
        "opisina sa Makati.",
        "interview_invitation",
    ),
    (
        "indonesian-application-received",
        JAKARTA_HR,
        "Lamaran Anda telah kami terima",
        "Terima kasih atas lamaran Anda untuk posisi Brand Executive. Tim kami akan meninjau "
        "berkas Anda.",
        "application_confirmation",
    ),
    (
        "indonesian-not-continuing",
        JAKARTA_HR,
        "Hasil Seleksi",
        "Setelah melalui pertimbangan, kami belum dapat memberikan kesempatan kepada Saudari "
        "untuk melanjutkan ke tahap berikutnya.",
        "rejection",
    ),
    (
        "indonesian-invitation-to-interview",
        JAKARTA_HR,
        "Undangan Wawancara - Brand Executive",
        "Kami mengundang Anda untuk mengikuti wawancara pada hari Kamis, pukul 10.00 WIB.",
        "interview_invitation",
    ),
    (
        "indonesian-offer-to-join",
        JAKARTA_HR,
        "Tawaran untuk bergabung",
        "Dengan senang hati kami sampaikan surat penawaran kerja untuk posisi Brand Manager, "
        "dengan gaji sesuai lampiran.",
        "offer",
    ),
]


@by_id(LANGUAGES)
def test_tagalog_and_indonesian_job_mail(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected


OTHER_LANGUAGES = [
    (
        "japanese-application-received",
        TOKYO_HR,
        "ご応募ありがとうございます",
        "この度は弊社の機械設計エンジニア職にご応募いただき、誠にありがとうございます。",
        "application_confirmation",
    ),
    (
        "japanese-regret-not-to-proceed",
        TOKYO_HR,
        "選考結果のご連絡",
        "慎重に選考を行いました結果、誠に残念ながら今回は採用を見送らせていただくことになりました。",
        "rejection",
    ),
    (
        "japanese-interview-arrangements",
        TOKYO_HR,
        "一次面接のご案内",
        "書類選考の結果、ぜひ面接の機会をいただきたく、一次面接のご案内をお送りします。",
        "interview_invitation",
    ),
    (
        "korean-application-completed",
        SEOUL_HR,
        "[한빛데이터] 지원 완료 안내",
        "데이터 분석가 포지션에 지원해 주셔서 감사합니다. 지원이 정상적으로 완료되었습니다.",
        "application_confirmation",
    ),
    (
        "korean-cannot-work-together",
        SEOUL_HR,
        "[한빛데이터] 서류 전형 결과 안내",
        "아쉽게도 이번에는 함께하지 못하게 되었습니다. 다음 기회에 좋은 인연으로 뵙기를 바랍니다.",
        "rejection",
    ),
    (
        "korean-interview-schedule",
        SEOUL_HR,
        "[한빛데이터] 1차 면접 일정 안내",
        "서류 전형에 합격하셨습니다. 1차 면접 일정 안내드립니다. 가능한 시간을 회신해 주세요.",
        "interview_invitation",
    ),
    (
        "chinese-resume-received",
        SHANGHAI_HR,
        "简历投递成功",
        "您好，我们已收到您的简历，感谢您的申请。",
        "application_confirmation",
    ),
    (
        "chinese-regret-to-inform",
        SHANGHAI_HR,
        "面试结果通知",
        "感谢您参加我们的面试。很遗憾地通知您，您未能通过本轮面试。",
        "rejection",
    ),
    (
        "turkish-application-received",
        ISTANBUL_HR,
        "Başvurunuz hakkında",
        "Merhaba, Dijital Pazarlama Müdürü pozisyonu için başvurunuz başarıyla alınmıştır.",
        "application_confirmation",
    ),
    (
        "turkish-continuing-with-another-candidate",
        ISTANBUL_HR,
        "Başvurunuz hakkında",
        "Değerlendirmelerimiz sonucunda süreçte başka bir adayla devam etme kararı aldık.",
        "rejection",
    ),
    (
        "vietnamese-invitation-to-interview",
        HANOI_HR,
        "Thư mời phỏng vấn - Tester",
        "Chào bạn, chúng tôi trân trọng mời bạn tham gia buổi phỏng vấn vào 9h sáng thứ Ba.",
        "interview_invitation",
    ),
    (
        "vietnamese-not-a-fit-yet",
        HANOI_HR,
        "Kết quả ứng tuyển",
        "Rất tiếc, hồ sơ của bạn chưa phù hợp với vị trí này ở thời điểm hiện tại.",
        "rejection",
    ),
    # a failed payment is no refusal, whatever the language
    (
        "indonesian-payment-failed-is-not-a-rejection",
        NETFLIX,
        "Pembayaran Anda tidak berhasil",
        "Kami tidak dapat memproses pembayaran untuk keanggotaan Anda. Perbarui informasi "
        "pembayaran Anda.",
        "other",
    ),
]


@by_id(OTHER_LANGUAGES)
def test_east_asian_turkish_and_vietnamese_job_mail(run_pipes, sender, subject, body, expected):
    assert kind_of(run_pipes, sender, subject, body) == expected
